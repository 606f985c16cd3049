using System.Globalization;
using AuthClients.Generator.Model;
using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AuthClients.Generator.Tests;

/// <summary>
/// Alternative logins (one set of credentials in the body, or a token as Bearer with no body),
/// JWT lifetimes counted from a claim or from the request, the refresh token's own lifetime,
/// the statuses that refuse a login, a list of details in the error body and a hand-written
/// option check: each parsed into the model, emitted so it compiles, and each bad form a
/// located diagnostic.
/// </summary>
public sealed class AuthAlternativesTests
{
    internal const string Spec = """
        openapi: 3.0.3
        info:
          title: Relay
          version: "1"
          x-authclients:
            client: Relay
            namespace: Relay.Api
            auth:
              login: SignIn
              logins:
                - { Account: body.account, Secret: body.secret }
                - { IdToken: bearer }
              loginRefused: [400, 401]
              token: access
              lifetime: { jwt: [exp, { claim: ttl, from: nbf }] }
              refresh:
                operation: Renew
                token: renewal
                sends: bearer
                lifetime: { jwt: [{ claim: ttl }] }
              errors: { schema: RelayError, message: title, code: status, details: problems }
              validate: CheckTimeout
        paths:
          /sign-in:
            post:
              operationId: SignIn
              security:
                - {}
                - idToken: []
              requestBody:
                required: false
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/SignInRequest' }
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Pair' }
          /renew:
            post:
              operationId: Renew
              security:
                - relay: []
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Renewed' }
          /items:
            get:
              operationId: ListItems
              security:
                - relay: []
              responses:
                '204':
                  description: ok
        components:
          securitySchemes:
            idToken: { type: http, scheme: bearer, description: An ID token of the identity provider. }
            relay: { type: http, scheme: bearer }
          schemas:
            SignInRequest:
              type: object
              required: [account, secret]
              properties:
                account: { type: string }
                secret: { type: string, format: password }
            Pair:
              type: object
              required: [access, renewal]
              properties:
                access: { type: string }
                renewal: { type: string }
            Renewed:
              type: object
              required: [access]
              properties:
                access: { type: string }
            RelayError:
              type: object
              properties:
                title: { type: string }
                status: { type: integer }
                problems: { type: array, items: { type: string } }
        """;

    // What a package writes by hand for validate: CheckTimeout.
    private const string CheckTimeout = """
        namespace Relay.Api;

        internal static partial class RelayDefinition
        {
            private static partial global::System.Collections.Generic.IEnumerable<string> CheckTimeout(RelayClientOptions options) =>
                options.Timeout > global::System.TimeSpan.FromSeconds(1) ? [] : ["RelayClientOptions.Timeout must exceed a second."];
        }
        """;

    private static readonly string[] Files = ["Definition", "ErrorReader", "Options", "TokenEndpoint"];

    [Fact]
    public void Alternative_logins_relative_jwt_claims_and_the_rest_become_a_checked_model()
    {
        var result = AuthDescriptionTests.Parse(Spec);

        result.Diagnostics.ShouldBeEmpty();
        var auth = result.Model!.Auth.ShouldNotBeNull();
        auth.Credentials.Select(c => (c.OptionName, c.Target, c.IsSecret)).ShouldBe(
            [("Account", CredentialTarget.Body, false), ("Secret", CredentialTarget.Body, true), ("IdToken", CredentialTarget.Bearer, true)]);
        auth.Credentials[2].Description.ShouldBe("An ID token of the identity provider.");
        auth.Alternatives.Select(a => string.Join("+", a.OptionNames)).ShouldBe(["Account+Secret", "IdToken"]);
        auth.LoginRefused.ShouldBe([400, 401]);
        auth.Lifetime.RelativeClaims.ShouldBe([new JwtClaimModel("exp", false, null), new JwtClaimModel("ttl", true, "nbf")]);
        auth.Refresh!.TokenLifetime!.RelativeClaims.ShouldBe([new JwtClaimModel("ttl", true, null)]);
        auth.Refresh.NextRefreshToken.ShouldBeNull();
        auth.Errors!.Details!.Steps.Select(s => s.WireName).ShouldBe(["problems"]);
        auth.Validate.ShouldBe("CheckTimeout");
        auth.Placement.Scheme.ShouldBe("relay");
    }

    [Fact]
    public void The_emitted_vendor_compiles_without_warnings_and_matches_the_committed_snapshots()
    {
        var outcome = GeneratorHarness.RunWithCore([CheckTimeout], new InMemoryAdditionalText("/specs/relay.yaml", Spec));

        outcome.Exception.ShouldBeNull();
        outcome.GeneratorDiagnostics.ShouldBeEmpty();
        outcome.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        foreach (var kind in Files)
        {
            Snapshot.Match("Relay." + kind, outcome.Sources["Relay." + kind + ".g.cs"]);
        }

        var endpoint = outcome.Sources["Relay.TokenEndpoint.g.cs"];
        endpoint.ShouldContain("if (!string.IsNullOrWhiteSpace(options.Account) && !string.IsNullOrEmpty(options.Secret))");
        endpoint.ShouldContain("AuthenticationHeaderValue(\"Bearer\", options.IdToken)");
        endpoint.ShouldContain("(int?)refusal.StatusCode is 400 or 401");
        endpoint.ShouldContain("return Token(answer?.Access, JwtExpiry(answer?.Access, sentAt), next, current.RefreshTokenExpiresAt);");
        outcome.Sources["Relay.Definition.g.cs"].ShouldContain("\"Set RelayClientOptions.Account and Secret, or IdToken: Relay's login needs them.\"");
        outcome.Sources["Relay.ErrorReader.g.cs"].ShouldContain("new global::AuthClients.Core.VendorError(code, message, details)");
    }

    [Fact]
    public void The_datarhei_spec_emits_its_vendor_with_its_brake_check_by_hand()
    {
        const string brake = """
            namespace AuthClients.Datarhei;

            internal static partial class DatarheiDefinition
            {
                private static partial global::System.Collections.Generic.IEnumerable<string> FailedLoginBrake(DatarheiClientOptions options) => [];
            }
            """;
        var outcome = GeneratorHarness.RunWithCore([brake], InMemoryAdditionalText.FromFile(RepoPaths.Spec("datarhei-core.yaml")));

        outcome.GeneratorDiagnostics.ShouldBeEmpty();
        outcome.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        foreach (var kind in Files)
        {
            Snapshot.Match("Datarhei." + kind, outcome.Sources["Datarhei." + kind + ".g.cs"]);
        }

        outcome.Sources["Datarhei.Api.g.cs"].ShouldNotContain("LoginAsync(");
        outcome.Sources["Datarhei.Api.g.cs"].ShouldNotContain("RefreshAccessTokenAsync(");
    }

    [Fact]
    public void A_validate_method_nobody_wrote_fails_the_build_rather_than_dropping_the_check()
    {
        var outcome = GeneratorHarness.RunWithCore(new InMemoryAdditionalText("/specs/relay.yaml", Spec));

        outcome.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ShouldContain("CS8795");
    }

    [Fact]
    public void A_bearer_credential_without_a_bearer_scheme_on_the_login_gives_AC0022_at_the_option()
    {
        var diagnostic = SingleError(Spec.Replace("        - {}\n        - idToken: []\n", "        - {}\n"), "AC0022");

        Line(diagnostic).ShouldBe(LineOf(Spec, "IdToken: bearer"));
        Message(diagnostic).ShouldContain("bearer needs an http bearer security scheme on the login operation");
    }

    [Fact]
    public void Logins_with_one_entry_or_beside_credentials_give_AC0019()
    {
        var one = SingleError(Spec.Replace("        - { IdToken: bearer }\n", string.Empty), "AC0019");
        Line(one).ShouldBe(LineOf(Spec, "- { Account: body.account"));
        Message(one).ShouldContain("two or more ways to log in");

        var both = SingleError(Spec.Replace("      loginRefused:", "      credentials: { Account: body.account }\n      loginRefused:"), "AC0019");
        Message(both).ShouldContain("'credentials' and 'logins' cannot both be given");
    }

    [Fact]
    public void Constants_beside_logins_give_AC0019_at_constants_since_no_alternative_sends_them()
    {
        var spec = Spec.Replace("      loginRefused:", "      constants: { body.account: kiosk }\n      loginRefused:");

        var diagnostic = SingleError(spec, "AC0019");

        Line(diagnostic).ShouldBe(LineOf(spec, "constants: { body.account"));
        Message(diagnostic).ShouldContain("'constants' cannot be combined with 'logins'");
    }

    [Fact]
    public void A_login_that_needs_nothing_set_before_another_gives_AC0019_at_it()
    {
        var swapped = Spec.Replace(
            "        - { Account: body.account, Secret: body.secret }\n        - { IdToken: bearer }\n",
            "        - { IdToken: bearer }\n        - { Account: body.account, Secret: body.secret }\n");

        // A bearer credential is required; an optional query parameter is not.
        var optional = swapped.Replace("- { IdToken: bearer }", "- { Region: query.region }")
            .Replace("      security:\n        - {}\n", "      parameters:\n        - { name: region, in: query, schema: { type: string } }\n      security:\n        - {}\n");
        var diagnostic = SingleError(optional, "AC0019");

        Line(diagnostic).ShouldBe(LineOf(optional, "- { Region: query.region }"));
        Message(diagnostic).ShouldContain("needs no option set");
    }

    [Fact]
    public void A_login_that_sends_no_body_where_one_is_required_gives_AC0019()
    {
        var diagnostic = SingleError(Spec.Replace("      requestBody:\n        required: false", "      requestBody:\n        required: true"), "AC0019");

        Line(diagnostic).ShouldBe(LineOf(Spec, "- { IdToken: bearer }"));
        Message(diagnostic).ShouldContain("request body is required, and this login fills none of its fields (login 2 of 'logins')");
    }

    [Fact]
    public void A_login_that_leaves_a_required_body_field_empty_gives_AC0019()
    {
        var diagnostic = SingleError(Spec.Replace("{ Account: body.account, Secret: body.secret }", "{ Account: body.account }"), "AC0019");

        Message(diagnostic).ShouldContain("required field 'secret' is filled by no credential (login 1 of 'logins')");
    }

    [Fact]
    public void A_jwt_lifetime_entry_of_another_shape_gives_AC0019_at_the_entry()
    {
        var diagnostic = SingleError(Spec.Replace("{ claim: ttl, from: nbf }", "{ claim: ttl, since: nbf }"), "AC0019");

        Line(diagnostic).ShouldBe(LineOf(Spec, "lifetime: { jwt: [exp,"));
        Message(diagnostic).ShouldContain("{ claim: <seconds claim>, from: <Unix-seconds claim> }");
    }

    [Fact]
    public void A_refresh_lifetime_of_another_shape_gives_AC0019_at_it()
    {
        var diagnostic = SingleError(Spec.Replace("lifetime: { jwt: [{ claim: ttl }] }", "lifetime: forever"), "AC0019");

        Line(diagnostic).ShouldBe(LineOf(Spec, "lifetime: { jwt: [{ claim: ttl }] }"));
    }

    [Fact]
    public void A_login_refused_status_that_is_no_client_error_gives_AC0019()
    {
        var diagnostic = SingleError(Spec.Replace("loginRefused: [400, 401]", "loginRefused: [401, 500]"), "AC0019");

        Line(diagnostic).ShouldBe(LineOf(Spec, "loginRefused:"));
        Message(diagnostic).ShouldContain("4xx statuses");
    }

    [Fact]
    public void A_validate_that_is_no_method_name_gives_AC0019()
    {
        var diagnostic = SingleError(Spec.Replace("validate: CheckTimeout", "validate: check the timeout"), "AC0019");

        Line(diagnostic).ShouldBe(LineOf(Spec, "validate: CheckTimeout"));
    }

    [Fact]
    public void Error_details_that_are_not_a_list_of_strings_give_AC0021()
    {
        var notList = SingleError(Spec.Replace("details: problems", "details: title"), "AC0021");
        Message(notList).ShouldContain("it leads to String, not a list");

        var numbers = SingleError(Spec.Replace("items: { type: string }", "items: { type: integer }"), "AC0021");
        Message(numbers).ShouldContain("not of strings");
    }

    private static Diagnostic SingleError(string yaml, string id)
    {
        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/relay.yaml", yaml));
        outcome.Exception.ShouldBeNull();
        var diagnostic = outcome.GeneratorDiagnostics.Where(d => d.Id != "AC0023").ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe(id);
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/specs/relay.yaml");
        return diagnostic;
    }

    private static int LineOf(string yaml, string text) =>
        yaml[..yaml.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);
}
