using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AuthClients.Generator.Tests;

/// <summary>
/// The located diagnostics hold on OpenAPI 3.1 documents as on 3.0 ones (DiagnosticsTests):
/// each at the spec's file and the line of the construct, the client still generated.
/// </summary>
public sealed class LocatedDiagnostics31Tests
{
    private const string Header = """
        openapi: 3.1.0
        info:
          title: Test
          version: "1"
          x-authclients:
            client: Test
            namespace: Test.Api
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
        """;

    [Fact]
    public void An_unresolved_ref_gives_AC0004_on_its_line()
    {
        var diagnostic = Single(Header + "\n                $ref: '#/components/schemas/Missing'\n", "AC0004");

        Line(diagnostic).ShouldBe(18);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("'#/components/schemas/Missing'");
    }

    [Fact]
    public void A_type_array_of_an_object_with_properties_and_a_string_gives_AC0005_on_its_line_and_compiles_as_JsonElement()
    {
        var outcome = Run(Header + """

                            type: object
                            properties:
                              value:
                                type: [object, string]
                                properties: { a: { type: string } }
            """);

        var diagnostic = outcome.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("AC0005");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("[string, object]");
        Line(diagnostic).ShouldBe(21);
        outcome.Errors.ShouldBeEmpty();
        outcome.Sources["Test.Dtos.g.cs"].ShouldContain("global::System.Text.Json.JsonElement? Value");
    }

    [Fact]
    public void An_unknown_keyword_gives_an_info_AC0014_on_its_line()
    {
        var outcome = Run(Header + """

                            type: object
                            x-not-a-keyword-but-an-extension: true
                            properties:
                              value:
                                type: string
                                minLengthh: 3
            """);

        var diagnostic = outcome.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("AC0014");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("'minLengthh'");
        Line(diagnostic).ShouldBe(23);
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/specs/test.yaml");
    }

    [Fact]
    public void A_duplicate_operationId_gives_AC0006_on_the_second_one()
    {
        var spec = """
            openapi: 3.1.0
            info: { title: Test, version: "1", x-authclients: { client: Test, namespace: Test.Api } }
            paths:
              /a:
                get:
                  operationId: Same
                  responses: { '204': { description: ok } }
              /b:
                get:
                  operationId: Same
                  responses: { '204': { description: ok } }
            """;

        var diagnostic = Single(spec, "AC0006");

        Line(diagnostic).ShouldBe(10);
    }

    private static GeneratorOutcome Run(string yaml) =>
        GeneratorHarness.Run(new InMemoryAdditionalText("/specs/test.yaml", yaml));

    private static Diagnostic Single(string yaml, string id)
    {
        var outcome = Run(yaml);
        outcome.Exception.ShouldBeNull();
        outcome.Errors.ShouldBeEmpty();
        var diagnostic = outcome.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe(id);
        return diagnostic;
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
}
