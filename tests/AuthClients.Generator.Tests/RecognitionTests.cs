using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuthClients.Generator.Tests;

/// <summary>
/// A document is a spec by its root key (openapi or swagger) whatever its file's extension;
/// one that only looks like a spec gets a warning the default verbosity shows, never silence
/// (and CS0234 alone); AuthClientsSpec="false" still leaves a file out.
/// </summary>
public sealed class RecognitionTests
{
    private const string Swagger = """
        {
          "info": { "title": "Pets", "version": "1", "description": "has \"openapi\": in a string" },
          "swagger": "2.0",
          "produces": ["application/json"],
          "paths": { "/pets": { "get": { "operationId": "listPets", "responses": { "200": { "description": "ok", "schema": { "type": "array", "items": { "type": "string" } } } } } } }
        }
        """;

    [Fact]
    public void A_json_document_with_a_root_swagger_key_after_other_keys_generates_a_client()
    {
        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/swagger.json", Swagger));

        outcome.Sources.ShouldContainKey("Swagger.Api.g.cs");
        outcome.Sources["Swagger.Api.g.cs"].ShouldContain("ListPetsAsync(");
        outcome.GeneratorDiagnostics.ShouldContain(d => d.Id == "AC0013" && d.Severity == DiagnosticSeverity.Info);
        outcome.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void A_yaml_document_in_a_file_of_another_extension_is_recognised_by_its_root_key()
    {
        var yaml = "# exported by a tool\nopenapi: 3.1.0\ninfo: { title: T, version: \"1\" }\npaths:\n  /ping:\n    get:\n      operationId: ping\n      responses: { '204': { description: ok } }\n";

        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/service.openapi", yaml));

        outcome.Sources.ShouldContainKey("Service.Api.g.cs");
        outcome.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void A_file_naming_openapi_below_its_root_gets_a_warning_and_no_client()
    {
        var outcome = GeneratorHarness.Run(
            new InMemoryAdditionalText("/config/tools.json", """{ "generators": { "openapi": "3.0.3" } }"""),
            new InMemoryAdditionalText("/config/plain.json", """{ "name": "openapi" }"""));

        var diagnostic = outcome.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("AC0017");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/config/tools.json");
        outcome.Sources.ShouldBeEmpty();
    }

    [Fact]
    public void A_markdown_file_quoting_a_spec_is_neither_read_nor_warned_about()
    {
        var markdown = "# Our API\n\nThe document starts like this:\n\n```yaml\nopenapi: 3.1.0\ninfo: { title: T, version: \"1\" }\n```\n";

        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/docs/api.md", markdown));

        outcome.GeneratorDiagnostics.ShouldBeEmpty();
        outcome.Sources.ShouldBeEmpty();
    }

    [Fact]
    public void A_file_marked_false_is_left_out_whatever_its_root()
    {
        var file = new InMemoryAdditionalText("/specs/swagger.json", Swagger);
        var options = new ItemMetadataOptions(file.Path, ("AuthClientsSpec", "false"));

        var driver = CSharpGeneratorDriver.Create(
            [new OpenApiGenerator().AsSourceGenerator()],
            additionalTexts: [file],
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            optionsProvider: options);
        var result = driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        result.GeneratedSources.ShouldBeEmpty();
        result.Diagnostics.ShouldBeEmpty();
    }
}
