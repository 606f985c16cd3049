using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuthClients.Generator.Tests;

/// <summary>
/// A vendor's document is not the user's to edit, so its client can be named on the
/// AdditionalFiles item (AuthClientsClientName, AuthClientsNamespace), as NSwag's ClassName and
/// Namespace; the item's names win over the document's own info.x-authclients.
/// </summary>
public sealed class ItemNamingTests
{
    private const string VendorDocument = """
        openapi: 3.1.0
        info:
          title: Vendor
          version: "1"
        paths:
          /status:
            get:
              operationId: getStatus
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          state: { type: string }
        """;

    [Fact]
    public void The_item_names_the_client_and_its_namespace_and_no_naming_note_is_given()
    {
        var result = Run("/vendor/swagger.yaml", VendorDocument, ("AuthClientsClientName", "Billing"), ("AuthClientsNamespace", "My.Billing"));

        result.Diagnostics.ShouldNotContain(d => d.Id == "AC0011");
        var api = Source(result, "Billing.Api.g.cs");
        api.ShouldContain("namespace My.Billing;");
        api.ShouldContain("public partial interface IBillingApi");
        Source(result, "Billing.JsonContext.g.cs").ShouldContain("class BillingJsonContext");
    }

    [Fact]
    public void The_items_names_win_over_the_documents_own()
    {
        var named = VendorDocument.Replace("  version: \"1\"", "  version: \"1\"\n  x-authclients: { client: FromDocument, namespace: Document.Names }", StringComparison.Ordinal);

        var result = Run("/vendor/api.yaml", named, ("AuthClientsClientName", "FromItem"));

        var api = Source(result, "FromItem.Api.g.cs");
        api.ShouldContain("public partial interface IFromItemApi");
        api.ShouldContain("namespace Document.Names;", customMessage: "a namespace the item leaves unset comes from the document");
    }

    [Fact]
    public void Names_that_are_not_CSharp_identifiers_fall_back_to_the_file_name_and_say_so()
    {
        var result = Run("/vendor/billing-api.yaml", VendorDocument, ("AuthClientsClientName", "Billing API"), ("AuthClientsNamespace", "My..Billing"));

        var mapped = result.Diagnostics.Where(d => d.Id == "AC0007").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        mapped.ShouldContain(m => m.Contains("'Billing API'") && m.Contains("'BillingApi'"));
        mapped.ShouldContain(m => m.Contains("'My..Billing'") && m.Contains("'AuthClients.Generated.BillingApi'"));
        Source(result, "BillingApi.Api.g.cs").ShouldContain("namespace AuthClients.Generated.BillingApi;");
    }

    private static GeneratorRunResult Run(string path, string text, params (string Name, string Value)[] metadata)
    {
        var file = new InMemoryAdditionalText(path, text);
        var driver = CSharpGeneratorDriver.Create(
            [new OpenApiGenerator().AsSourceGenerator()],
            additionalTexts: [file],
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            optionsProvider: new ItemMetadataOptions(path, metadata));
        return driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();
    }

    private static string Source(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
