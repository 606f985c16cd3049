using System.Globalization;
using AuthClients.Generator.Model;
using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AuthClients.Generator.Tests;

/// <summary>
/// An oauth2 security scheme with a password flow describes the login and refresh in standard
/// OpenAPI (RFC 6749 §4.3, §6, §5.2); the description only opts in (and may override), and
/// whatever the flow leads to that the spec does not have is a located error. Also the general
/// keys it rests on: constants and the refusal codes.
/// </summary>
public sealed class OAuth2DescriptionTests
{
    // Line numbers below count from line 1.
    internal const string Spec = """
        openapi: 3.0.3
        info:
          title: Till
          version: "1"
          x-authclients:
            client: Till
            namespace: Till.Api
            auth:
              vendor: Till
        servers:
          - url: https://till.example.com/v2
        paths:
          /oauth/token:
            post:
              operationId: GetToken
              security: []
              requestBody:
                required: true
                content:
                  application/x-www-form-urlencoded:
                    schema: { $ref: '#/components/schemas/TokenForm' }
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/TokenAnswer' }
                '400':
                  description: RFC 6749 error
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/OAuthProblem' }
          /sales:
            get:
              operationId: ListSales
              security:
                - till: [sales]
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { type: array, items: { type: string } }
        components:
          securitySchemes:
            till:
              type: oauth2
              flows:
                password:
                  tokenUrl: /v2/oauth/token
                  scopes: { sales: Sales }
          schemas:
            TokenForm:
              type: object
              required: [grant_type, client_id]
              properties:
                grant_type: { type: string, enum: [password, refresh_token] }
                username: { type: string }
                password: { type: string, format: password }
                client_id: { type: string, default: till-pos }
                client_secret: { type: string, format: password }
                scope: { type: string }
                refresh_token: { type: string }
            TokenAnswer:
              type: object
              required: [access_token]
              properties:
                access_token: { type: string }
                expires_in: { type: integer }
                refresh_token: { type: string }
            OAuthProblem:
              type: object
              required: [error]
              properties:
                error: { type: string }
                error_description: { type: string }
        """;

    [Fact]
    public void The_password_flow_gives_login_credentials_constants_lifetime_refresh_and_errors()
    {
        var result = AuthDescriptionTests.Parse(Spec);

        result.Diagnostics.ShouldBeEmpty();
        var auth = result.Model!.Auth.ShouldNotBeNull();
        auth.Vendor.ShouldBe("Till");
        auth.LoginMethod.ShouldBe("GetTokenAsync");
        auth.Placement.ShouldBe(new TokenPlacementModel(PlacementKind.Bearer, null, "till"));
        auth.Credentials.Select(c => (c.OptionName, c.Member, c.Required, c.IsSecret, c.DefaultLiteral)).ShouldBe(
        [
            ("Username", "Username", true, false, null), ("Password", "Password", true, true, null),
            ("ClientId", "ClientId", true, false, "\"till-pos\""), ("ClientSecret", "ClientSecret", false, true, null), ("Scope", "Scope", false, false, null),
        ]);
        auth.LoginConstants.ShouldBe([new ConstantModel(CredentialTarget.Body, "GrantType", "\"password\"")]);
        auth.Token.Written.ShouldBe("access_token");
        auth.Lifetime.Kind.ShouldBe(LifetimeKind.ExpiresIn);
        auth.LoginRefusedCodes.ShouldBe(["invalid_grant", "invalid_client", "unauthorized_client"]);
        var refresh = auth.Refresh.ShouldNotBeNull();
        refresh.Method.ShouldBe("GetTokenAsync");
        (refresh.Sends, refresh.Member).ShouldBe((RefreshSends.Body, "RefreshToken"));
        refresh.Constants.ShouldBe([new ConstantModel(CredentialTarget.Body, "GrantType", "\"refresh_token\"")]);
        refresh.Credentials.Select(c => c.OptionName).ShouldBe(["ClientId", "ClientSecret"]);
        refresh.RefusedCodes.ShouldBe(["invalid_grant"]);
        refresh.NextRefreshToken.ShouldNotBeNull();
        (auth.Errors!.DtoName, auth.Errors.Message.Written, auth.Errors.Code!.Written).ShouldBe(("OAuthProblem", "error_description", "error"));
        result.Model.Dtos.Single(d => d.Name == "OAuthProblem").Internal.ShouldBeTrue();
        result.Model.Dtos.Where(d => d.Name != "OAuthProblem").ShouldAllBe(d => !d.Internal);
    }

    [Fact]
    public void Without_an_auth_key_an_oauth2_flow_describes_nothing()
    {
        var result = AuthDescriptionTests.Parse(Spec.Replace("    auth:\n      vendor: Till\n", string.Empty));

        result.Diagnostics.ShouldBeEmpty();
        result.Model!.Auth.ShouldBeNull();
        result.Model.Dtos.ShouldAllBe(d => !d.Internal);
    }

    [Fact]
    public void What_the_description_says_wins_over_the_flow()
    {
        var result = AuthDescriptionTests.Parse(Spec.Replace("      vendor: Till\n", """
                  vendor: Till
                  credentials: { Login: body.username, Secret: body.client_secret }
                  constants: { body.scope: sales }
                  lifetime: untilRejected
                  errors: { schema: OAuthProblem, message: error, code: error, refusedLogin: [invalid_grant] }

            """));

        result.Diagnostics.ShouldBeEmpty();
        var auth = result.Model!.Auth.ShouldNotBeNull();
        auth.Credentials.Select(c => c.OptionName).ShouldBe(["Password", "ClientId", "Scope", "Login", "Secret"]);
        auth.LoginConstants.Select(c => (c.Member, c.Literal)).ShouldBe([("Scope", "\"sales\""), ("GrantType", "\"password\"")]);
        auth.Lifetime.ShouldBe(LifetimeModel.UntilRejected);
        auth.LoginRefusedCodes.ShouldBe(["invalid_grant"]);
        auth.Refresh!.RefusedCodes.ShouldBeEmpty();
        auth.Refresh.Credentials.Select(c => c.OptionName).ShouldBe(["ClientId", "Secret"]);
    }

    [Fact]
    public void A_spec_with_the_flow_compiles_with_Core_without_warnings_and_sends_the_RFC_grants()
    {
        var outcome = GeneratorHarness.RunWithCore(new InMemoryAdditionalText("/specs/till.yaml", Spec));

        outcome.GeneratorDiagnostics.ShouldBeEmpty();
        outcome.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        var endpoint = outcome.Sources["Till.TokenEndpoint.g.cs"];
        endpoint.ShouldContain("GrantType = \"password\"");
        endpoint.ShouldContain("{ RefreshToken = current.RefreshToken!, ClientId = options.ClientId, ClientSecret = options.ClientSecret, GrantType = \"refresh_token\" }");
        endpoint.ShouldContain("|| refusal.ErrorCode is \"invalid_grant\" or \"invalid_client\" or \"unauthorized_client\"))");
        endpoint.ShouldContain("answer?.RefreshToken ?? current.RefreshToken");
        outcome.Sources["Till.Dtos.g.cs"].ShouldContain("internal sealed partial record OAuthProblem");
        outcome.Sources["Till.JsonContext.g.cs"].ShouldContain("internal global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<global::Till.Api.OAuthProblem> OAuthProblem");
        outcome.Sources["Till.Api.g.cs"].ShouldNotContain("GetTokenAsync");
    }

    [Fact]
    public void A_constant_in_a_description_without_oauth2_fills_the_login_and_a_required_field()
    {
        var spec = AuthDescriptionTests.Spec
            .Replace("        UserName: body.username\n", string.Empty)
            .Replace("      token: data.token", "      constants: { body.username: service }\n      token: data.token");

        var result = AuthDescriptionTests.Parse(spec);

        result.Diagnostics.ShouldBeEmpty();
        result.Model!.Auth!.LoginConstants.ShouldBe([new ConstantModel(CredentialTarget.Body, "Username", "\"service\"")]);
    }

    [Fact]
    public void A_tokenUrl_that_is_no_operations_path_gives_AC0020_at_the_tokenUrl()
    {
        var diagnostic = SingleError(Spec.Replace("tokenUrl: /v2/oauth/token", "tokenUrl: /v2/oauth/access"), "AC0020");

        Line(diagnostic).ShouldBe(50);
        Message(diagnostic).ShouldContain("'tokenUrl /v2/oauth/access', which is the path of no POST operation of this spec");
        Message(diagnostic).ShouldContain("GetToken");
    }

    [Fact]
    public void A_refreshUrl_that_is_no_operations_path_gives_AC0020_at_the_refreshUrl()
    {
        var diagnostic = SingleError(Spec.Replace("tokenUrl: /v2/oauth/token", "tokenUrl: /v2/oauth/token\n          refreshUrl: https://till.example.com/v2/oauth/renew"), "AC0020");

        Line(diagnostic).ShouldBe(51);
        Message(diagnostic).ShouldContain("refreshUrl https://till.example.com/v2/oauth/renew");
    }

    [Fact]
    public void A_token_operation_without_an_operationId_gives_AC0020()
    {
        var diagnostic = SingleError(Spec.Replace("      operationId: GetToken\n", string.Empty), "AC0020", "AC0009");

        Line(diagnostic).ShouldBe(49);
        Message(diagnostic).ShouldContain("without an operationId");
    }

    [Fact]
    public void A_token_form_without_the_password_grants_fields_gives_AC0021_at_the_tokenUrl()
    {
        var diagnostic = SingleError(Spec.Replace("        username: { type: string }\n", string.Empty), "AC0021");

        Line(diagnostic).ShouldBe(50);
        Message(diagnostic).ShouldContain("'username' is not in the request body of 'GetToken'");
    }

    [Fact]
    public void A_refreshUrl_without_a_refresh_token_in_the_answer_gives_AC0021_at_the_refreshUrl()
    {
        var spec = Spec.Replace("tokenUrl: /v2/oauth/token", "tokenUrl: /v2/oauth/token\n          refreshUrl: /v2/oauth/token")
            .Replace("        expires_in: { type: integer }\n        refresh_token: { type: string }\n", "        expires_in: { type: integer }\n");

        var diagnostic = SingleError(spec, "AC0021");

        Line(diagnostic).ShouldBe(51);
        Message(diagnostic).ShouldContain("needs refresh_token in the login answer");
    }

    [Fact]
    public void Two_password_flows_give_AC0022()
    {
        var spec = Spec.Replace("        - till: [sales]", "        - till: [sales]\n        - other: []")
            .Replace("  schemas:\n    TokenForm:", "    other:\n      type: oauth2\n      flows:\n        password: { tokenUrl: /v2/oauth/token, scopes: {} }\n  schemas:\n    TokenForm:");

        var diagnostic = SingleError(spec, "AC0022");

        Message(diagnostic).ShouldContain("more than one oauth2 scheme has a password flow (till, other)");
    }

    [Fact]
    public void A_constant_outside_the_fields_enum_gives_AC0019_at_it()
    {
        // (The grant_type it would fill then is filled by nothing, said besides.)
        var diagnostic = ErrorSaying(Spec.Replace("      vendor: Till\n", "      vendor: Till\n      constants: { body.grant_type: client_credentials }\n"), "AC0019", "client_credentials");

        Line(diagnostic).ShouldBe(10);
        Message(diagnostic).ShouldContain("'client_credentials' is not one of the values 'grant_type' lists (password, refresh_token)");
    }

    [Fact]
    public void A_constant_of_the_wrong_type_or_for_a_missing_field_is_located()
    {
        var type = SingleError(Spec.Replace("      vendor: Till\n", "      vendor: Till\n      constants: { body.scope: 3 }\n"), "AC0019");
        Message(type).ShouldContain("'3' is not a value of 'scope', which is String");

        var missing = SingleError(Spec.Replace("      vendor: Till\n", "      vendor: Till\n      constants: { body.audience: pos }\n"), "AC0021");
        Line(missing).ShouldBe(10);
        Message(missing).ShouldContain("'body.audience' is not in the request body of 'GetToken'");
    }

    [Fact]
    public void Refusal_codes_without_an_error_code_give_AC0019()
    {
        var diagnostic = SingleError(Spec.Replace("      vendor: Till\n", "      vendor: Till\n      errors: { schema: OAuthProblem, message: error, refusedLogin: [invalid_grant] }\n"), "AC0019");

        Line(diagnostic).ShouldBe(10);
        Message(diagnostic).ShouldContain("'refusedLogin' lists error codes, so 'errors' needs 'code'");
    }

    [Fact]
    public void A_refresh_credential_that_is_no_login_option_gives_AC0019()
    {
        var spec = Spec.Replace("      vendor: Till\n", "      vendor: Till\n      refresh: { operation: GetToken, token: refresh_token, sends: body.refresh_token, constants: { body.grant_type: refresh_token }, credentials: { Tenant: body.client_id } }\n");

        var diagnostic = ErrorSaying(spec, "AC0019", "'Tenant'");

        Message(diagnostic).ShouldContain("'Tenant' must be a login credential (Username, Password, ClientId, ClientSecret, Scope)");
    }

    [Fact]
    public void An_error_schema_a_public_operation_returns_stays_public()
    {
        var spec = Spec.Replace("schema: { type: array, items: { type: string } }", "schema: { $ref: '#/components/schemas/OAuthProblem' }");

        AuthDescriptionTests.Parse(spec).Model!.Dtos.ShouldAllBe(d => !d.Internal);
    }

    private static Diagnostic SingleError(string yaml, string id, params string[] alsoAllowed)
    {
        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/till.yaml", yaml));
        outcome.Exception.ShouldBeNull();
        var errors = outcome.GeneratorDiagnostics.Where(d => d.Id != "AC0023" && !alsoAllowed.Contains(d.Id)).ToList();
        var diagnostic = errors.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe(id);
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/specs/till.yaml");
        return diagnostic;
    }

    /// <summary>The one error of <paramref name="id"/> that names <paramref name="text"/> (others may follow from it).</summary>
    private static Diagnostic ErrorSaying(string yaml, string id, string text)
    {
        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/till.yaml", yaml));
        outcome.Exception.ShouldBeNull();
        return outcome.GeneratorDiagnostics.Where(d => d.Id == id && Message(d).Contains(text, StringComparison.Ordinal)).ShouldHaveSingleItem();
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);
}
