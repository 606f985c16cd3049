using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuthClients.Generator.Tests;

/// <summary>
/// A described auth in a project that references AuthClients.Core becomes the vendor's
/// options, endpoint, error reader, definition and registrations: compiled here with doc
/// comments checked and no warning, and snapshotted so a change shows as a diff.
/// </summary>
public sealed class AuthEmitTests
{
    private static readonly string[] AuthFiles = ["AuthApi.g.cs", "AuthImplementation.g.cs", "Definition.g.cs", "ErrorReader.g.cs", "Options.g.cs", "Registrations.g.cs", "TokenEndpoint.g.cs"];

    // Basic on the login, a bearer token, a refresh call sending the refresh token as bearer,
    // JWT claims for the lifetime, no error schema: the other branches of the emitters.
    private const string BasicRefreshJwt = """
        openapi: 3.0.3
        info:
          title: Stream
          version: "1"
          x-authclients:
            client: Stream
            namespace: Stream.Api
            auth:
              login: Login
              credentials:
                User: basic.username
                Secret: basic.password
                Tenant: path.tenant
              token: access_token
              lifetime: { jwt: [exp, exi] }
              refresh: { operation: Refresh, token: refresh_token, sends: bearer }
        paths:
          /tenants/{tenant}/login:
            post:
              operationId: Login
              security:
                - basic: []
              parameters:
                - { name: tenant, in: path, required: true, schema: { type: integer, format: int64 } }
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Tokens' }
          /refresh:
            get:
              operationId: Refresh
              security: []
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Tokens' }
          /streams:
            get:
              operationId: ListStreams
              security:
                - bearer: []
              responses:
                '204':
                  description: ok
        components:
          securitySchemes:
            basic: { type: http, scheme: basic }
            bearer: { type: http, scheme: bearer }
          schemas:
            Tokens:
              type: object
              required: [access_token]
              properties:
                access_token: { type: string }
                refresh_token: { type: string, format: password }
        """;

    [Fact]
    public void A_described_auth_with_Core_referenced_emits_the_vendor_and_it_compiles_without_warnings()
    {
        var outcome = GeneratorHarness.RunWithCore(new InMemoryAdditionalText("/specs/vault.yaml", AuthDescriptionTests.Spec));

        outcome.Exception.ShouldBeNull();
        outcome.GeneratorDiagnostics.ShouldBeEmpty();
        outcome.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        foreach (var kind in AuthFiles)
        {
            outcome.Sources.Keys.ShouldContain("Vault." + kind);
        }
    }

    [Fact]
    public void The_emitted_vendor_matches_the_committed_snapshots()
    {
        var outcome = GeneratorHarness.RunWithCore(new InMemoryAdditionalText("/specs/vault.yaml", AuthDescriptionTests.Spec));

        foreach (var kind in AuthFiles)
        {
            Snapshot.Match("Vault." + kind.Replace(".g.cs", string.Empty, StringComparison.Ordinal), outcome.Sources["Vault." + kind]);
        }
    }

    [Fact]
    public void Basic_login_bearer_refresh_and_jwt_lifetime_compile_without_warnings()
    {
        var outcome = GeneratorHarness.RunWithCore(new InMemoryAdditionalText("/specs/stream.yaml", BasicRefreshJwt));

        outcome.GeneratorDiagnostics.ShouldBeEmpty();
        outcome.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        var endpoint = outcome.Sources["Stream.TokenEndpoint.g.cs"];
        endpoint.ShouldContain("IRefreshingTokenEndpoint");
        endpoint.ShouldContain("AuthenticationHeaderValue(\"Basic\"");
        endpoint.ShouldContain("NumericClaim(token, \"exp\") ?? global::AuthClients.Core.TokenExpiry.NumericClaim(token, \"exi\")) is { } seconds");
        outcome.Sources["Stream.Definition.g.cs"].ShouldContain("TokenPlacement.Bearer()");
    }

    [Fact]
    public void The_login_and_refresh_calls_leave_the_public_interface_for_an_internal_one()
    {
        var outcome = GeneratorHarness.RunWithCore(new InMemoryAdditionalText("/specs/stream.yaml", BasicRefreshJwt));

        var api = outcome.Sources["Stream.Api.g.cs"];
        api.ShouldContain("ListStreamsAsync(");
        api.ShouldNotContain("LoginAsync(");
        api.ShouldNotContain("RefreshAsync(");
        var authApi = outcome.Sources["Stream.AuthApi.g.cs"];
        authApi.ShouldContain("internal partial interface IStreamAuthApi");
        authApi.ShouldContain("LoginAsync(");
        authApi.ShouldContain("RefreshAsync(");
        outcome.Sources["Stream.AuthImplementation.g.cs"].ShouldNotContain("StreamAuthJsonContext");
    }

    [Fact]
    public void Without_AuthClients_Core_the_login_is_still_callable_on_the_internal_interface()
    {
        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/stream.yaml", BasicRefreshJwt));

        outcome.Errors.ShouldBeEmpty();
        outcome.Sources.Keys.Order().ShouldBe(["Stream.Api.g.cs", "Stream.AuthApi.g.cs", "Stream.AuthImplementation.g.cs", "Stream.Dtos.g.cs", "Stream.Implementation.g.cs", "Stream.JsonContext.g.cs"]);
    }

    [Fact]
    public void Without_an_auth_description_nothing_more_is_emitted_with_Core_referenced()
    {
        var outcome = GeneratorHarness.RunWithCore(new InMemoryAdditionalText("/specs/plain.yaml", """
            openapi: 3.0.3
            info: { title: Plain, version: "1", x-authclients: { client: Plain, namespace: Plain.Api } }
            paths:
              /ping:
                get:
                  operationId: Ping
                  responses:
                    '204': { description: ok }
            """));

        outcome.Sources.Keys.Select(k => k.Substring(k.IndexOf('.') + 1)).Order()
            .ShouldBe(["Api.g.cs", "Dtos.g.cs", "Implementation.g.cs", "JsonContext.g.cs"]);
    }

    // What src/AuthClients.Saymon writes by hand for errors.refine: Nested (a stand-in: the real one parses the inner JSON).
    private const string SaymonNested = """
        namespace AuthClients.Saymon;

        internal static partial class SaymonErrorReader
        {
            private static partial global::AuthClients.Core.VendorError Nested(global::AuthClients.Core.VendorError read) => read;
        }
        """;

    [Fact]
    public void A_refine_method_in_the_errors_makes_the_reader_partial_and_passes_what_it_read_through_it()
    {
        var outcome = GeneratorHarness.RunWithCore([SaymonNested], InMemoryAdditionalText.FromFile(RepoPaths.Spec("saymon.yaml")));

        outcome.GeneratorDiagnostics.ShouldBeEmpty();
        outcome.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        foreach (var kind in (string[])["ErrorReader.g.cs", "Definition.g.cs", "Options.g.cs", "TokenEndpoint.g.cs"])
        {
            Snapshot.Match("Saymon." + kind.Replace(".g.cs", string.Empty, StringComparison.Ordinal), outcome.Sources["Saymon." + kind]);
        }

        var reader = outcome.Sources["Saymon.ErrorReader.g.cs"];
        reader.ShouldContain("internal static partial class SaymonErrorReader");
        reader.ShouldContain(": Nested(new global::AuthClients.Core.VendorError(code, message));");
    }

    [Fact]
    public void A_refine_method_nobody_wrote_fails_the_build_rather_than_dropping_the_quirk()
    {
        var outcome = GeneratorHarness.RunWithCore(InMemoryAdditionalText.FromFile(RepoPaths.Spec("saymon.yaml")));

        outcome.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ShouldContain("CS8795");
    }

    [Fact]
    public void An_unrelated_csharp_edit_leaves_the_described_auth_cached()
    {
        var compilation = GeneratorHarness.CompilationWithCore("class A { }");
        var driver = GeneratorHarness.Driver(new InMemoryAdditionalText("/specs/vault.yaml", AuthDescriptionTests.Spec)).RunGenerators(compilation);

        var result = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }"))).GetRunResult().Results.Single();

        result.TrackedSteps[TrackingNames.DescribedAuth].SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
    }
}
