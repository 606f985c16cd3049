using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AuthClients.Generator.Tests;

/// <summary>Specs without the opt-in metadata still give distinct, usable clients, and say so without failing a strict build.</summary>
public sealed class NamingTests
{
    private const string Unnamed = """
        openapi: 3.0.3
        info:
          title: T
          version: "1"
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
                        $ref: '#/components/schemas/Thing'
        components:
          schemas:
            Thing:
              type: object
              properties:
                name: { type: string }
        """;

    [Fact]
    public void Two_unnamed_specs_in_one_project_get_their_own_client_and_namespace()
    {
        var outcome = GeneratorHarness.Run(
            new InMemoryAdditionalText("/specs/billing-api.yaml", Unnamed),
            new InMemoryAdditionalText("/specs/crm.v2.yaml", Unnamed));

        outcome.Errors.ShouldBeEmpty();
        outcome.Sources["BillingApi.Api.g.cs"].ShouldContain("namespace AuthClients.Generated.BillingApi;");
        outcome.Sources["CrmV2.Api.g.cs"].ShouldContain("namespace AuthClients.Generated.CrmV2;");
        outcome.Sources["CrmV2.Api.g.cs"].ShouldContain("public partial interface ICrmV2Api");
    }

    [Fact]
    public void An_unnamed_spec_is_told_its_derived_names_as_information_only()
    {
        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/billing-api.yaml", Unnamed));

        var diagnostic = outcome.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("AC0011");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("'BillingApi' in namespace 'AuthClients.Generated.BillingApi'");
    }

    [Fact]
    public void Mapped_names_are_information_so_warnings_as_errors_builds_accept_real_documents()
    {
        var spec = Unnamed.Replace("name: { type: string }", "\"first name\": { type: string }\n        \"first-name\": { type: string }", StringComparison.Ordinal);

        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/crm.yaml", spec));

        var mapped = outcome.GeneratorDiagnostics.Single(d => d.Id == "AC0007");
        mapped.Severity.ShouldBe(DiagnosticSeverity.Info);
        outcome.Sources["Crm.Dtos.g.cs"].ShouldContain("FirstName2 { get; init; }");
        outcome.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void The_mapped_name_message_names_the_identifier_emitted_after_numbering()
    {
        var spec = Unnamed.Replace("name: { type: string }", "firstName: { type: string }\n        \"first name\": { type: string }", StringComparison.Ordinal);

        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/crm.yaml", spec));

        outcome.GeneratorDiagnostics.Single(d => d.Id == "AC0007").GetMessage(System.Globalization.CultureInfo.InvariantCulture)
            .ShouldContain("generated as 'FirstName2'");
    }

    [Fact]
    public void An_unmarked_json_openapi_document_gets_a_client_and_a_note_saying_why()
    {
        var outcome = GeneratorHarness.Run(
            new InMemoryAdditionalText("/specs/api.json", """{ "openapi": "3.0.3", "info": { "title": "T", "version": "1" }, "paths": {} }"""),
            new InMemoryAdditionalText("/config/settings.json", """{ "logging": { "level": "info" } }"""));

        var diagnostic = outcome.GeneratorDiagnostics.Single(d => d.Id == "AC0013");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/specs/api.json");
        outcome.GeneratorDiagnostics.Where(d => d.Id != "AC0013").Select(d => d.Id).ShouldBe(["AC0011"]);
        outcome.Sources.Keys.Order().ShouldBe(["Api.Api.g.cs", "Api.Dtos.g.cs", "Api.Implementation.g.cs", "Api.JsonContext.g.cs"]);
        outcome.Errors.ShouldBeEmpty();
    }
}
