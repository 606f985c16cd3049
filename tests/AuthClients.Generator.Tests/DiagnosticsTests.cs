using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AuthClients.Generator.Tests;

/// <summary>Each bad spec gives its documented diagnostic at the spec's file and line, never an exception.</summary>
public sealed class DiagnosticsTests
{
    private const string Header = """
        openapi: 3.0.3
        info:
          title: Test
          version: "1"
          x-authclients:
            client: Test
            namespace: Test.Api
        """;

    [Fact]
    public void A_yaml_syntax_error_gives_AC0001_at_its_line()
    {
        var diagnostic = Single(Header + "\npaths:\n  /a:\n    get: [unclosed\n", "AC0001");

        Line(diagnostic).ShouldBeInRange(10, 11);
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/specs/test.yaml");
    }

    [Fact]
    public void A_document_of_another_version_gives_AC0002_on_its_version_key()
    {
        var diagnostic = Single("openapi: 4.0.0\ninfo:\n  title: New\n  version: \"1\"\npaths: {}\n", "AC0002");

        Line(diagnostic).ShouldBe(1);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("openapi: 4.0.0");
    }

    [Fact]
    public void A_swagger_2_document_gives_a_client()
    {
        var outcome = Run("""
            swagger: "2.0"
            info:
              title: Old
              version: "1"
              x-authclients: { client: Test, namespace: Test.Api }
            produces: [application/json]
            paths:
              /things/{id}:
                get:
                  operationId: getThing
                  parameters:
                    - { name: id, in: path, required: true, type: string }
                  responses:
                    '200':
                      description: ok
                      schema: { $ref: '#/definitions/Thing' }
            definitions:
              Thing:
                type: object
                properties:
                  name: { type: string }
            """);

        outcome.GeneratorDiagnostics.ShouldBeEmpty();
        outcome.Errors.ShouldBeEmpty();
        outcome.Sources["Test.Api.g.cs"].ShouldContain("Task<global::Test.Api.Thing> GetThingAsync([global::Refit.AliasAs(\"id\")] string id");
    }

    [Fact]
    public void A_swagger_2_operation_without_consumes_or_produces_is_json_when_its_schemas_are_structured()
    {
        var outcome = Run("""
            swagger: "2.0"
            info:
              title: Old
              version: "1"
              x-authclients: { client: Test, namespace: Test.Api }
            paths:
              /things:
                post:
                  operationId: addThing
                  parameters:
                    - { name: thing, in: body, required: true, schema: { $ref: '#/definitions/Thing' } }
                  responses:
                    '200':
                      description: ok
                      schema: { $ref: '#/definitions/Thing' }
              /files:
                get:
                  operationId: getFile
                  responses:
                    '200':
                      description: a file
                      schema: { type: file }
            definitions:
              Thing:
                type: object
                properties:
                  name: { type: string }
            """);

        outcome.Errors.ShouldBeEmpty();
        var api = outcome.Sources["Test.Api.g.cs"];
        api.ShouldContain("Task<global::Test.Api.Thing> AddThingAsync([global::Refit.Body] global::Test.Api.Thing body");
        api.ShouldContain("Task<global::System.IO.Stream> GetFileAsync(");
    }

    [Fact]
    public void An_optional_free_form_json_body_is_sent_when_given_and_compiles()
    {
        var outcome = Run(Header + """

            paths:
              /a:
                post:
                  operationId: PostA
                  requestBody:
                    content:
                      application/json:
                        schema: { type: object }
                  responses:
                    '204':
                      description: ok
            """);

        outcome.Errors.ShouldBeEmpty();
        outcome.Sources["Test.Implementation.g.cs"].ShouldContain("CreateBodyContent<global::System.Text.Json.JsonElement>(refitSettings, body.Value,");
    }

    [Fact]
    public void Keywords_outside_OpenAPI_3_0_are_located_warnings_and_the_rest_is_generated()
    {
        var spec = Header + """

            paths:
              /a/{id}:
                get:
                  operationId: GetA
                  parameters:
                    - name: ident
                      in: path
                      required: true
                      schema: { type: string }
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Thing'
            components:
              schemas:
                Thing:
                  type: object
                  $recursiveAnchor: true
                  propertyNames: { pattern: "^a" }
                  properties:
                    list:
                      type: array
                      min_items: 1
                      items: { type: string }
            """;

        var outcome = Run(spec);

        var reader = outcome.GeneratorDiagnostics.Where(d => d.Id == "AC0003").ToList();
        reader.ShouldAllBe(d => d.Severity == DiagnosticSeverity.Warning);
        reader.Select(Line).Order().ShouldBe([14, 28, 29, 33]);
        outcome.Errors.ShouldBeEmpty();
        // The template's {id} still reaches the URL, as a parameter of its own.
        outcome.Sources["Test.Api.g.cs"].ShouldContain("GetAAsync([global::Refit.AliasAs(\"ident\")] string ident, [global::Refit.AliasAs(\"id\")] string id");
        outcome.Sources["Test.Dtos.g.cs"].ShouldContain("IReadOnlyList<string>? List");
    }

    [Fact]
    public void An_unresolved_ref_gives_AC0004_on_its_line()
    {
        var spec = Header + """

            paths:
              /a:
                get:
                  operationId: GetA
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Missing'
            """;

        var outcome = Run(spec);

        var diagnostic = outcome.GeneratorDiagnostics.Single(d => d.Id == "AC0004");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("'#/components/schemas/Missing'");
        outcome.Errors.ShouldBeEmpty();
        Line(diagnostic).ShouldBe(18);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Not_gives_AC0005_and_still_compiles_as_JsonElement()
    {
        var spec = Header + """

            paths:
              /a:
                get:
                  operationId: GetA
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Thing'
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    value:
                      not:
                        type: integer
            """;

        var outcome = Run(spec);

        var diagnostic = outcome.GeneratorDiagnostics.Single(d => d.Id == "AC0005");
        Line(diagnostic).ShouldBe(25);
        outcome.Errors.ShouldBeEmpty();
        outcome.Sources["Test.Dtos.g.cs"].ShouldContain("global::System.Text.Json.JsonElement? Value");
    }

    [Fact]
    public void A_duplicate_operationId_gives_AC0006_on_the_second_one_which_gets_a_numbered_name()
    {
        var spec = Header + """

            paths:
              /a:
                get:
                  operationId: Same
                  responses:
                    '204':
                      description: ok
              /b:
                get:
                  operationId: Same
                  responses:
                    '204':
                      description: ok
            """;

        var outcome = Run(spec);

        var diagnostic = outcome.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("AC0006");
        Line(diagnostic).ShouldBe(17);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("'Same2Async'");
        outcome.Sources["Test.Api.g.cs"].ShouldContain("Same2Async(");
        outcome.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void A_name_that_is_not_an_identifier_is_mapped_with_AC0007_and_compiles()
    {
        var spec = Header + """

            paths:
              /a:
                get:
                  operationId: GetA
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              "2fa enabled":
                                type: boolean
            """;

        var outcome = Run(spec);

        var diagnostic = outcome.GeneratorDiagnostics.Single(d => d.Id == "AC0007");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("'_2faEnabled'");
        Line(diagnostic).ShouldBe(21);
        outcome.Errors.ShouldBeEmpty();
        outcome.Sources["Test.Dtos.g.cs"].ShouldContain("JsonPropertyName(\"2fa enabled\")");
    }

    [Fact]
    public void A_success_response_in_a_format_the_generator_does_not_read_gives_AC0008_and_returns_the_raw_response()
    {
        var spec = Header + """

            paths:
              /a:
                get:
                  operationId: GetA
                  responses:
                    '200':
                      description: ok
                      content:
                        application/xml:
                          schema: { type: object }
            """;

        var outcome = Run(spec);

        Line(outcome.GeneratorDiagnostics.Single(d => d.Id == "AC0008")).ShouldBe(14);
        outcome.Sources["Test.Api.g.cs"].ShouldContain("Task<global::System.Net.Http.HttpResponseMessage> GetAAsync");
        outcome.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void An_operation_without_operationId_is_named_after_its_route_with_an_AC0009_warning()
    {
        var spec = Header + "\npaths:\n  /users/{id}/posts:\n    get:\n      parameters:\n        - { name: id, in: path, required: true, schema: { type: string } }\n      responses:\n        '204':\n          description: ok\n";

        var outcome = Run(spec);

        var diagnostic = outcome.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("AC0009");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("'GetUsersByIdPostsAsync'");
        Line(diagnostic).ShouldBe(11);
        outcome.Sources["Test.Api.g.cs"].ShouldContain("Task GetUsersByIdPostsAsync(");
        outcome.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Routes_that_name_the_same_method_get_numbered_names()
    {
        var spec = Header + """

            paths:
              /a-b:
                get:
                  responses:
                    '204':
                      description: ok
              /a_b:
                get:
                  responses:
                    '204':
                      description: ok
            """;

        var outcome = Run(spec);

        outcome.Sources["Test.Api.g.cs"].ShouldContain("GetABAsync(");
        outcome.Sources["Test.Api.g.cs"].ShouldContain("GetAB2Async(");
        outcome.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void A_body_the_generator_cannot_send_skips_that_operation_with_an_AC0010_warning()
    {
        var spec = Header + """

            paths:
              /a:
                post:
                  operationId: PostA
                  requestBody:
                    content:
                      application/xml:
                        schema:
                          type: string
                  responses:
                    '204':
                      description: ok
              /b:
                get:
                  operationId: GetB
                  responses:
                    '204':
                      description: ok
            """;

        var outcome = Run(spec);

        var diagnostic = outcome.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("AC0010");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        Line(diagnostic).ShouldBe(13);
        outcome.Sources["Test.Api.g.cs"].ShouldNotContain("PostAAsync");
        outcome.Sources["Test.Api.g.cs"].ShouldContain("GetBAsync(");
        outcome.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void A_spec_without_client_name_is_named_after_its_file_with_AC0011()
    {
        var outcome = Run("openapi: 3.0.3\ninfo:\n  title: T\n  version: \"1\"\npaths: {}\n");

        outcome.GeneratorDiagnostics.Single().Id.ShouldBe("AC0011");
        outcome.Sources.Keys.ShouldContain("Test.Api.g.cs");
    }

    [Fact]
    public void Only_an_unreadable_document_leaves_no_client()
    {
        Run(Header + "\npaths:\n  /a:\n    get: [unclosed\n").Sources.ShouldBeEmpty();
    }

    [Fact]
    public void Every_diagnostic_but_an_unreadable_document_or_auth_description_is_at_most_a_warning()
    {
        // The auth description (AC0019-AC0022) is the project's own text, not a vendor's
        // document: when it does not hold, the session the project's code registers is not
        // generated, and an error at the description beats a missing-method error elsewhere.
        var unreadable = new[] { "AC0001", "AC0002", "AC0012", "AC0019", "AC0020", "AC0021", "AC0022" };
        foreach (var descriptor in typeof(Diagnostics.DiagnosticDescriptors).GetFields().Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>())
        {
            if (!unreadable.Contains(descriptor.Id))
            {
                ((int)descriptor.DefaultSeverity).ShouldBeLessThan((int)DiagnosticSeverity.Error, descriptor.Id);
            }
        }
    }

    private static GeneratorOutcome Run(string yaml) =>
        GeneratorHarness.Run(new InMemoryAdditionalText("/specs/test.yaml", yaml));

    private static Diagnostic Single(string yaml, string id)
    {
        var outcome = Run(yaml);
        outcome.Exception.ShouldBeNull();
        var diagnostic = outcome.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe(id);
        return diagnostic;
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
}
