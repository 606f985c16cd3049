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

    [Fact]
    public void A_hierarchy_base_body_is_written_with_the_base_metadata()
    {
        var outcome = GeneratorHarness.Run(InMemoryAdditionalText.FromFile(Path.Combine(RepoPaths.FixturesDir, "unions.yaml")));

        // The base's converter writes the derived record with its discriminator, whatever runtime type Refit would look up.
        outcome.Sources["Unions.Implementation.g.cs"].ShouldContain("refitRequest.Content = Json<global::AuthClients.Generator.RuntimeTests.Unions.Pet>(body);");
    }

    [Fact]
    public void An_object_with_a_union_and_a_property_named_variant_keeps_both_and_compiles()
    {
        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/variant-names.yaml", """
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
                          schema: { $ref: '#/components/schemas/Shape' }
            components:
              schemas:
                Shape:
                  type: object
                  properties:
                    variant: { type: string }
                  oneOf:
                    - { type: object, properties: { radius: { type: number } } }
                    - { type: object, properties: { side: { type: number } } }
            """));

        outcome.Exception.ShouldBeNull();
        outcome.Errors.ShouldBeEmpty();
        outcome.GeneratorDiagnostics.Where(d => d.Id == "AC0005").ShouldBeEmpty();
        var dtos = outcome.Sources["Names.Dtos.g.cs"];
        dtos.ShouldContain("public string? Variant { get; init; }");
        dtos.ShouldContain("public required global::Names.Api.ShapeVariant2 Variant2 { get; init; }");
    }

    [Fact]
    public void An_allOf_with_two_unions_stays_raw_json_with_a_located_warning()
    {
        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/two-unions.yaml", """
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
                          schema: { $ref: '#/components/schemas/Both' }
            components:
              schemas:
                Both:
                  allOf:
                    - { type: object, properties: { id: { type: string } } }
                    - oneOf: [{ type: object, properties: { a: { type: string } } }, { type: object, properties: { b: { type: string } } }]
                    - oneOf: [{ type: object, properties: { c: { type: string } } }, { type: object, properties: { d: { type: string } } }]
            """));

        outcome.Exception.ShouldBeNull();
        outcome.Errors.ShouldBeEmpty();
        // At the schema that uses it: line 12 of the document.
        outcome.GeneratorDiagnostics.Where(d => d.Id == "AC0005").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).ShouldBe([12]);
    }

    [Fact]
    public void Objects_with_unions_whose_allOf_parts_name_each_other_do_not_recurse_forever()
    {
        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/variant-cycle.yaml", """
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
                          schema: { $ref: '#/components/schemas/A' }
            components:
              schemas:
                A:
                  allOf: [{ $ref: '#/components/schemas/B' }]
                  properties: { a: { type: string } }
                  oneOf: [{ $ref: '#/components/schemas/B' }, { type: object, properties: { x: { type: string } } }]
                B:
                  allOf: [{ $ref: '#/components/schemas/A' }]
                  properties: { b: { type: string } }
                  anyOf: [{ $ref: '#/components/schemas/A' }, { type: object, properties: { y: { type: string } } }]
            """));

        outcome.Exception.ShouldBeNull();
        outcome.Errors.ShouldBeEmpty();
    }
}
