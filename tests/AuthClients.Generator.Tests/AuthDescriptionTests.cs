using System.Globalization;
using AuthClients.Generator.Model;
using AuthClients.Generator.Parsing;
using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AuthClients.Generator.Tests;

/// <summary>
/// The auth description (info.x-authclients.auth with securitySchemes) becomes an equatable
/// model, checked against the operations and schemas; each thing it names that the spec does
/// not have is a located error, and the rest of the client is still generated.
/// </summary>
public sealed class AuthDescriptionTests
{
    // A password login answering {"data":{"token":...,"expires_in":...}}, the token in an
    // X-Api-Key header, an error body of its own shape. Line numbers below count from line 1.
    internal const string Spec = """
        openapi: 3.0.3
        info:
          title: Vault
          version: "1"
          x-authclients:
            client: Vault
            namespace: Vault.Api
            auth:
              login: LogIn
              credentials:
                UserName: body.username
                Password: body.password
                Realm: query.realm
              token: data.token
              lifetime: { expiresIn: data.expires_in }
              refuse: { when: data.locked, is: true, as: PasswordChangeRequired }
              errors: { schema: VaultError, message: error.text, code: error.code }
        paths:
          /session:
            post:
              operationId: LogIn
              security: []
              parameters:
                - { name: realm, in: query, schema: { type: string, default: main } }
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/LoginRequest' }
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/LoginAnswer' }
          /items:
            get:
              operationId: ListItems
              security:
                - apiKey: []
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { type: array, items: { type: string } }
        components:
          securitySchemes:
            apiKey: { type: apiKey, in: header, name: X-Api-Key }
          schemas:
            LoginRequest:
              type: object
              required: [username, password]
              properties:
                username: { type: string }
                password: { type: string, format: password }
            LoginAnswer:
              type: object
              required: [data]
              properties:
                data:
                  type: object
                  required: [token]
                  properties:
                    token: { type: string }
                    expires_in: { type: integer }
                    locked: { type: boolean }
            VaultError:
              type: object
              properties:
                error:
                  type: object
                  properties:
                    text: { type: string }
                    code: { type: integer }
        """;

    [Fact]
    public void A_described_auth_becomes_a_checked_model()
    {
        var result = Parse(Spec);

        result.Diagnostics.ShouldBeEmpty();
        var auth = result.Model!.Auth.ShouldNotBeNull();
        auth.LoginMethod.ShouldBe("LogInAsync");
        auth.Placement.ShouldBe(new TokenPlacementModel(PlacementKind.Header, "X-Api-Key", "apiKey"));
        auth.Token.Steps.Select(s => s.Member).ShouldBe(["Data", "Token"]);
        auth.Lifetime.Kind.ShouldBe(LifetimeKind.ExpiresIn);
        auth.Lifetime.ExpiresIn!.Steps.Select(s => s.WireName).ShouldBe(["data", "expires_in"]);
        auth.Refuse.ShouldBe(new RefusalModel(auth.Refuse!.When, "true", "PasswordChangeRequired"));
        auth.Errors!.DtoName.ShouldBe("VaultError");
        auth.Errors.Code!.ValueKind.ShouldBe(Model.TypeKind.Int64);
        auth.Credentials.Select(c => (c.OptionName, c.Target, c.IsSecret, c.DefaultLiteral)).ShouldBe(
            [("UserName", CredentialTarget.Body, false, null), ("Password", CredentialTarget.Body, true, null), ("Realm", CredentialTarget.Query, false, "\"main\"")]);
        auth.SecretNames.ShouldBe(["token"]);
    }

    [Fact]
    public void A_login_operation_the_spec_does_not_have_gives_AC0020_at_the_login_key()
    {
        var diagnostic = SingleError(Spec.Replace("login: LogIn", "login: SignIn"), "AC0020");

        Line(diagnostic).ShouldBe(9);
        Message(diagnostic).ShouldContain("'SignIn'");
        Message(diagnostic).ShouldContain("LogIn, ListItems");
    }

    [Fact]
    public void A_token_path_not_in_the_response_schema_gives_AC0021_at_the_token_key()
    {
        var diagnostic = SingleError(Spec.Replace("token: data.token", "token: data.access_token"), "AC0021");

        Line(diagnostic).ShouldBe(14);
        Message(diagnostic).ShouldContain("has no field 'access_token'");
    }

    [Fact]
    public void A_credential_field_not_in_the_body_gives_AC0021_at_its_option()
    {
        var diagnostic = SingleError(Spec.Replace("UserName: body.username", "UserName: body.login_name"), "AC0021", "AC0019");

        Line(diagnostic).ShouldBe(11);
        Message(diagnostic).ShouldContain("username, password");
    }

    [Fact]
    public void A_required_body_field_no_credential_fills_gives_AC0019()
    {
        var diagnostic = SingleError(Spec.Replace("        UserName: body.username\n", string.Empty), "AC0019");

        Message(diagnostic).ShouldContain("required field 'username'");
    }

    [Fact]
    public void A_security_requirement_naming_an_undefined_scheme_gives_AC0022_at_the_requirement()
    {
        var outcome = Run(Spec.Replace("- apiKey: []", "- token: []"));

        var diagnostic = outcome.GeneratorDiagnostics.Single(d => d.Id == "AC0022");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        Line(diagnostic).ShouldBe(40);
        Message(diagnostic).ShouldContain("names the scheme 'token', which components/securitySchemes does not define");
        outcome.Sources.Keys.ShouldContain("Vault.Api.g.cs");
    }

    [Fact]
    public void Operations_naming_no_token_scheme_give_AC0022()
    {
        var diagnostic = SingleError(Spec.Replace("security:\n        - apiKey: []\n", "security: []\n"), "AC0022");

        Message(diagnostic).ShouldContain("no operation's security requirement names an apiKey or http bearer scheme");
    }

    [Fact]
    public void A_scheme_a_token_cannot_go_in_gives_AC0022_at_the_scheme()
    {
        var diagnostic = SingleError(Spec.Replace("apiKey: { type: apiKey, in: header, name: X-Api-Key }", "apiKey: { type: apiKey, in: cookie, name: sid }"), "AC0022");

        Line(diagnostic).ShouldBe(49);
        Message(diagnostic).ShouldContain("apiKey in a header or the query");
    }

    [Fact]
    public void A_token_that_is_not_a_string_gives_AC0021()
    {
        var diagnostic = SingleError(Spec.Replace("token: data.token", "token: data.expires_in"), "AC0021");

        Message(diagnostic).ShouldContain("not a string");
    }

    [Fact]
    public void An_unknown_key_or_a_bad_lifetime_gives_AC0019_at_it()
    {
        var unknown = SingleError(Spec.Replace("      token: data.token", "      token: data.token\n      renew: always"), "AC0019");
        Line(unknown).ShouldBe(15);

        var lifetime = SingleError(Spec.Replace("lifetime: { expiresIn: data.expires_in }", "lifetime: forever"), "AC0019");
        Line(lifetime).ShouldBe(15);
    }

    [Fact]
    public void An_error_schema_the_spec_does_not_have_gives_AC0021()
    {
        var diagnostic = SingleError(Spec.Replace("schema: VaultError", "schema: Problem"), "AC0021");

        Message(diagnostic).ShouldContain("'Problem' is not in the components/schemas");
    }

    [Fact]
    public void A_described_auth_without_AuthClients_Core_gives_AC0023_and_still_the_api()
    {
        var outcome = Run(Spec);

        var diagnostic = outcome.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("AC0023");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        Line(diagnostic).ShouldBe(9);
        outcome.Errors.ShouldBeEmpty();
        outcome.Sources.Keys.ShouldContain("Vault.Api.g.cs");
    }

    [Fact]
    public void A_spec_without_auth_gives_no_auth_model()
    {
        var start = Spec.IndexOf("    auth:", StringComparison.Ordinal);
        var end = Spec.IndexOf("paths:", StringComparison.Ordinal);
        var result = Parse(Spec.Remove(start, end - start));

        result.Model!.Auth.ShouldBeNull();
        result.WithoutCore.ShouldBeNull();
    }

    [Fact]
    public void Parsing_twice_gives_equal_models()
    {
        Parse(Spec).ShouldBe(Parse(Spec));
    }

    [Fact]
    public void An_unrelated_csharp_edit_leaves_the_core_check_and_its_report_cached()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(new InMemoryAdditionalText("/specs/vault.yaml", Spec)).RunGenerators(compilation);

        var result = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }"))).GetRunResult().Results.Single();

        result.TrackedSteps[TrackingNames.CoreReference].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Unchanged);
        result.TrackedSteps[TrackingNames.AuthWithoutCore].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached);
    }

    internal static ParseResult Parse(string yaml) =>
        SpecParser.Parse("/specs/vault.yaml", SourceText.From(yaml), CancellationToken.None);

    private static GeneratorOutcome Run(string yaml) =>
        GeneratorHarness.Run(new InMemoryAdditionalText("/specs/vault.yaml", yaml));

    /// <summary>The one error of <paramref name="id"/>; others of <paramref name="alsoAllowed"/> may follow from it.</summary>
    private static Diagnostic SingleError(string yaml, string id, params string[] alsoAllowed)
    {
        var outcome = Run(yaml);
        outcome.Exception.ShouldBeNull();
        var errors = outcome.GeneratorDiagnostics.Where(d => d.Id != "AC0023" && !alsoAllowed.Contains(d.Id)).ToList();
        var diagnostic = errors.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe(id);
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/specs/vault.yaml");
        return diagnostic;
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);
}
