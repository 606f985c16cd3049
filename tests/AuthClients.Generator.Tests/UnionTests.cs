using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AuthClients.Generator.Tests;

/// <summary>
/// oneOf/anyOf with and without a discriminator, type arrays and allOf mixing parts become types a
/// user can switch on (the union fixtures, 3.0 and 3.1): no raw JSON left, output as committed.
/// </summary>
public sealed class UnionTests
{
    [Theory]
    [InlineData("unions.yaml")]
    [InlineData("unions31.yaml")]
    public void Every_union_in_the_fixtures_gets_a_type_and_no_raw_json(string fixture)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.WithDocumentation, InMemoryAdditionalText.FromFile(Path.Combine(RepoPaths.FixturesDir, fixture)));

        outcome.Exception.ShouldBeNull();
        outcome.GeneratorDiagnostics.Where(d => d.Id == "AC0005").ShouldBeEmpty();
        outcome.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Match")]
    [InlineData("FromJson")]
    [InlineData("IsString")]
    [InlineData("TryGetUnmatched")]
    public void A_union_named_like_a_member_of_union_records_still_compiles(string name)
    {
        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/union-names.yaml", $$"""
            openapi: 3.0.3
            info: { title: T, version: "1", x-authclients: { client: Names, namespace: Names.Api } }
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/{{name}}' }
            components:
              schemas:
                {{name}}:
                  oneOf: [{ type: string }, { type: integer }]
            """));

        outcome.Exception.ShouldBeNull();
        outcome.Errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("unions.yaml")]
    [InlineData("unions31.yaml")]
    public void Union_records_and_their_json_metadata_match_the_committed_snapshots(string fixture)
    {
        var outcome = GeneratorHarness.Run(InMemoryAdditionalText.FromFile(Path.Combine(RepoPaths.FixturesDir, fixture)));

        foreach (var (hintName, text) in outcome.Sources.Where(s => s.Key.EndsWith(".Dtos.g.cs", StringComparison.Ordinal) || s.Key.EndsWith(".JsonContext.g.cs", StringComparison.Ordinal)))
        {
            Snapshot.Match(hintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal), text);
        }
    }
}
