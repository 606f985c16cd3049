using AuthClients.Generator.Tests.Infrastructure;

namespace AuthClients.Generator.Tests;

/// <summary>
/// Whatever a document names its schemas, the generated client compiles: every name the
/// generator makes is unique in its scope. The fixtures are schema names that meet names the
/// generator itself declares in the JSON context (a type's metadata member, its property
/// method, its accessor class, the context's own members).
/// </summary>
public sealed class NameCollisionTests
{
    private static string Spec(params string[] schemaNames) => $$"""
        openapi: 3.0.3
        info:
          title: T
          version: "1"
          x-authclients: { client: Clash, namespace: Clash.Api }
        paths:
          /things:
            get:
              operationId: getThings
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
        {{string.Concat(schemaNames.Select(n => $"                  {char.ToLowerInvariant(n[0])}{n[1..]}: {{ $ref: '#/components/schemas/{n}' }}\n"))}}
        components:
          schemas:
        {{string.Concat(schemaNames.Select(n => $"    {n}:\n      type: object\n      properties:\n        value: {{ type: string }}\n"))}}
        """;

    [Theory]
    [InlineData("Response", "ResponseProperties")]
    [InlineData("Response", "ResponseAccessors")]
    [InlineData("Default", "Options", "GetTypeInfo", "CreateRefitSettings")]
    [InlineData("PropertyInfo", "GeneratedSerializerOptions")]
    [InlineData("String", "JsonElement", "ListOfString")]
    [InlineData("ClashJsonContext")]
    [InlineData("IClashApi", "ClashApiImplementation")]
    [InlineData("EqualityContract", "AdditionalProperties", "Equals")]
    public void Schema_names_that_meet_the_json_contexts_own_names_still_compile(params string[] schemaNames)
    {
        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/clash.yaml", Spec(schemaNames)));

        outcome.Exception.ShouldBeNull();
        outcome.Errors.ShouldBeEmpty();
        outcome.Sources.Keys.ShouldContain("Clash.JsonContext.g.cs");
    }

    [Fact]
    public void A_metadata_member_keeps_the_types_name_and_the_helper_is_renumbered()
    {
        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/clash.yaml", Spec("Response", "ResponseProperties")));

        var context = outcome.Sources["Clash.JsonContext.g.cs"];
        context.ShouldContain("JsonTypeInfo<global::Clash.Api.ResponseProperties> ResponseProperties");
        context.ShouldContain("ResponseProperties2(");
    }

    private const string Colliding = """
        openapi: 3.0.3
        info:
          title: T
          version: "1"
          x-authclients: { client: Clash, namespace: Clash.Api }
        paths:
          /profiles/{refit_request}:
            get:
              operationId: getProfile
              parameters:
                - { name: refit_request, in: path, required: true, schema: { type: string } }
                - { name: body, in: query, schema: { type: string } }
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          a: { $ref: '#/components/schemas/user_profile' }
                          b: { $ref: '#/components/schemas/UserProfile' }
                          c: { $ref: '#/components/schemas/userProfile' }
        components:
          schemas:
            user_profile:
              type: object
              properties:
                firstName: { type: string }
                first_name: { type: string }
                equals: { type: string }
                to_string: { type: string }
                equality_contract: { type: boolean }
                user_profile: { type: string }
            UserProfile:
              type: object
              properties:
                value: { type: string }
            userProfile:
              type: object
              properties:
                value: { type: integer }
        """;

    [Fact]
    public void Names_that_differ_only_by_case_or_punctuation_compile_and_each_renaming_is_told_where_it_happened()
    {
        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/clash.yaml", Colliding));

        outcome.Exception.ShouldBeNull();
        outcome.Errors.ShouldBeEmpty();
        var renamed = outcome.GeneratorDiagnostics.Where(d => d.Id == "AC0018").ToList();
        renamed.ShouldAllBe(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Info);
        var messages = renamed.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        messages.ShouldContain(m => m.Contains("'UserProfile'") && m.Contains("'UserProfile2'"));
        messages.ShouldContain(m => m.Contains("'userProfile'") && m.Contains("'UserProfile3'"));
        messages.ShouldContain(m => m.Contains("'first_name'") && m.Contains("'FirstName2'"));
        messages.ShouldContain(m => m.Contains("'equals'") && m.Contains("'Equals2'"));
        var second = renamed.Single(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("The name 'UserProfile'", StringComparison.Ordinal));
        second.Location.GetLineSpan().Path.ShouldBe("/specs/clash.yaml");
        // The schema's key or the first line of its body: the spec's own UserProfile.
        var line = Line(Colliding, "    UserProfile:");
        second.Location.GetLineSpan().StartLinePosition.Line.ShouldBeInRange(line, line + 1);
    }

    [Fact]
    public void A_parameter_named_like_the_implementations_locals_is_renamed_and_still_sent_under_its_wire_name()
    {
        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/clash.yaml", Colliding));

        var api = outcome.Sources["Clash.Api.g.cs"];
        api.ShouldContain("[global::Refit.AliasAs(\"refit_request\")] string refitRequest2");
        api.ShouldContain("[global::Refit.Query, global::Refit.AliasAs(\"body\")] string? body2");
    }

    private static int Line(string text, string start) =>
        text.Split('\n').Select((line, index) => (line, index)).First(l => l.line.StartsWith(start, StringComparison.Ordinal)).index;
}
