using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AuthClients.Generator.Tests;

/// <summary>
/// A vendor's public face from its description: server variables as options that build the
/// base address (checked as the spec says), its names (<c>name</c>, <c>package</c>,
/// <c>session</c>), and two specs in one project sharing one options base and one package's
/// classes (<c>options.extends</c>), as Fuse's v5 and v4 do. The options are compiled and run.
/// </summary>
public sealed class AuthSurfaceTests
{
    // The base: a host variable the user must set (its default is a placeholder). Line numbers count from 1.
    private const string Cloud = """
        openapi: 3.0.3
        info:
          title: Cloud
          version: "2"
          x-authclients:
            client: CloudV2
            namespace: Cloud.Api
            auth:
              vendor: Cloud
              name: Cloud
              session: Cloud.Api.V2
              login: LogIn
              server:
                Instance: { variable: instance, required: true }
                Region: region
              credentials:
                UserName: body.user
                Password: body.password
              token: token
        servers:
          - url: https://{instance}.{region}.cloud.example
            variables:
              instance: { default: example, description: Your tenant's name. }
              region: { default: eu, enum: [eu, us] }
        paths:
          /login:
            post:
              operationId: LogIn
              security: []
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Credentials' }
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Session' }
          /me:
            get:
              operationId: GetMe
              security: [{ key: [] }]
              responses:
                '204': { description: ok }
        components:
          securitySchemes:
            key: { type: apiKey, in: header, name: X-Key }
          schemas:
            Credentials:
              type: object
              required: [user, password]
              properties:
                user: { type: string }
                password: { type: string, format: password }
            Session:
              type: object
              required: [token]
              properties:
                token: { type: string }
                signing_key: { type: string, format: password }
        """;

    // The derived one: same server, its own path-variable option with a pattern, in the base's package.
    private const string CloudV1 = """
        openapi: 3.0.3
        info:
          title: Cloud v1
          version: "1"
          x-authclients:
            client: CloudV1
            namespace: Cloud.Api
            auth:
              vendor: Cloud
              package: Cloud
              session: Cloud.Api.V1
              options: { extends: CloudClientOptions }
              login: LogIn
              server:
                Instance: { variable: instance, required: true }
                Region: region
                Version: { variable: version, pattern: '^v1\.[0-9]+$' }
              credentials:
                UserName: body.user
                Password: body.password
                Account: query.account
              token: token
        servers:
          - url: https://{instance}.{region}.cloud.example/api/{version}
            variables:
              instance: { default: example }
              region: { default: eu }
              version: { default: v1.2 }
        paths:
          /login:
            post:
              operationId: LogIn
              security: []
              parameters:
                - { name: account, in: query, required: true, schema: { type: string, pattern: '^[a-z]+$' } }
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [user, password]
                      properties:
                        user: { type: string }
                        password: { type: string, format: password }
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [token]
                        properties:
                          token: { type: string }
          /me:
            get:
              operationId: GetMe
              security: [{ key: [] }]
              responses:
                '204': { description: ok }
        components:
          securitySchemes:
            key: { type: apiKey, in: query, name: key }
        """;

    [Fact]
    public void Two_specs_sharing_an_options_base_and_a_package_compile_without_warnings()
    {
        var outcome = RunBoth();

        outcome.Exception.ShouldBeNull();
        outcome.GeneratorDiagnostics.ShouldBeEmpty();
        outcome.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        var baseOptions = outcome.Sources["CloudV2.Options.g.cs"];
        baseOptions.ShouldContain("public partial class CloudClientOptions : global::AuthClients.Core.AuthClientOptions");
        var derived = outcome.Sources["CloudV1.Options.g.cs"];
        derived.ShouldContain("public sealed partial class CloudV1ClientOptions : CloudClientOptions");
        derived.ShouldNotContain(" UserName { get; set; }");
        derived.ShouldNotContain(" Instance { get; set; }");
        derived.ShouldContain("public string Version { get; set; } = \"v1.2\";");
        derived.ShouldContain("public string? Account { get; set; }");
        var registrations = outcome.Sources["CloudV1.Registrations.g.cs"];
        registrations.ShouldContain("public static partial class CloudServiceCollectionExtensions");
        registrations.ShouldContain(" AddCloudV1Client(");
        registrations.ShouldContain(" CreateV1(");
        outcome.Sources["CloudV2.Registrations.g.cs"].ShouldContain(" AddCloudClient(");
        outcome.Sources["CloudV2.Registrations.g.cs"].ShouldContain(" Create(");
        outcome.Sources["CloudV2.Definition.g.cs"].ShouldContain("Name = \"Cloud.Api.V2\",");
        outcome.Sources["CloudV1.Definition.g.cs"].ShouldContain("Name = \"Cloud.Api.V1\",");
    }

    [Fact]
    public void A_lone_spec_keeps_its_options_sealed()
    {
        var outcome = GeneratorHarness.RunWithCore(new InMemoryAdditionalText("/specs/cloud.yaml", Cloud));

        outcome.GeneratorDiagnostics.ShouldBeEmpty();
        outcome.Sources["CloudV2.Options.g.cs"].ShouldContain("public sealed partial class CloudClientOptions");
    }

    [Fact]
    public void Server_variables_build_the_base_address_when_BaseAddress_is_not_set()
    {
        using var built = Built.From(RunBothCompilation());

        var options = built.Options("Cloud.Api.CloudClientOptions");
        Resolve(options).ShouldBeNull();
        Set(options, "Instance", "acme");
        Resolve(options).ShouldBe(new Uri("https://acme.eu.cloud.example/"));
        Set(options, "BaseAddress", new Uri("https://proxy.example/"));
        Resolve(options).ShouldBe(new Uri("https://proxy.example/"));

        var derived = built.Options("Cloud.Api.CloudV1ClientOptions");
        Set(derived, "Instance", "acme");
        Set(derived, "Version", "v1.3/x");
        Resolve(derived).ShouldBe(new Uri("https://acme.eu.cloud.example/api/v1.3%2Fx/"));
    }

    [Fact]
    public void Values_the_spec_rules_out_fail_validation_with_the_option_and_value_named()
    {
        using var built = Built.From(RunBothCompilation());

        var options = built.Options("Cloud.Api.CloudV1ClientOptions");
        Set(options, "Instance", "ac/me");
        Set(options, "Region", "mars");
        Set(options, "Version", "v2.0");
        Set(options, "Account", "Not Lower");
        Set(options, "UserName", "joe");
        Set(options, "Password", "pw");

        var messages = built.Validate("Cloud.Api.CloudV1Definition", options);

        messages.ShouldBe(
        [
            "CloudV1ClientOptions.Instance 'ac/me' is not a valid host name part.",
            "CloudV1ClientOptions.Version 'v2.0' does not match ^v1\\.[0-9]+$.",
            "CloudV1ClientOptions.Account 'Not Lower' does not match ^[a-z]+$.",
        ]);
        built.Validate("Cloud.Api.CloudV2Definition", built.Options("Cloud.Api.CloudClientOptions") is var v2 && Set(v2, "Instance", "acme") && Set(v2, "Region", "mars") && Set(v2, "UserName", "joe") && Set(v2, "Password", "pw") ? v2 : null!)
            .ShouldBe(["CloudClientOptions.Region 'mars' is not one of eu, us."]);
    }

    [Fact]
    public void The_derived_options_ToString_shows_the_base_options_and_masks_the_secrets()
    {
        using var built = Built.From(RunBothCompilation());

        var options = built.Options("Cloud.Api.CloudV1ClientOptions");
        Set(options, "UserName", "joe");
        Set(options, "Password", "hunter2");

        var text = options.ToString()!;
        text.ShouldStartWith("CloudV1ClientOptions { ");
        text.ShouldContain("UserName = joe");
        text.ShouldContain("Version = v1.2");
        text.ShouldContain("Password = ***");
        text.ShouldNotContain("hunter2");
    }

    [Fact]
    public void The_login_answers_password_fields_join_the_secret_names()
    {
        var outcome = GeneratorHarness.RunWithCore(new InMemoryAdditionalText("/specs/cloud.yaml", Cloud));

        outcome.Sources["CloudV2.Definition.g.cs"].ShouldContain("SecretNames = [\"signing_key\", \"token\"],");
    }

    [Fact]
    public void Options_extends_naming_a_class_no_spec_generates_is_a_located_error()
    {
        var outcome = GeneratorHarness.RunWithCore(new InMemoryAdditionalText("/specs/cloud-v1.yaml", CloudV1));

        var error = outcome.GeneratorDiagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("AC0019");
        Line(error).ShouldBe(12);
        Message(error).ShouldContain("CloudClientOptions");
        // The options still compile, on their own.
        outcome.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void A_server_option_naming_a_variable_the_url_lacks_is_a_located_error()
    {
        var error = SingleError(Cloud.Replace("Region: region", "Region: zone", StringComparison.Ordinal), "AC0021");

        Line(error).ShouldBe(15);
        Message(error).ShouldContain("zone");
        Message(error).ShouldContain("instance, region");
    }

    [Fact]
    public void A_server_pattern_that_is_no_regex_is_a_located_error()
    {
        var error = SingleError(Cloud.Replace("Region: region", "Region: { variable: region, pattern: '([a-z' }", StringComparison.Ordinal), "AC0019");

        Line(error).ShouldBe(15);
        Message(error).ShouldContain("([a-z");
    }

    [Fact]
    public void A_name_that_is_no_identifier_is_a_located_error()
    {
        var error = SingleError(Cloud.Replace("name: Cloud", "name: Cloud Two", StringComparison.Ordinal), "AC0019");

        Line(error).ShouldBe(10);
    }

    [Fact]
    public void Server_options_need_servers_to_have_the_variables()
    {
        var error = SingleError(Cloud.Replace("https://{instance}.{region}.cloud.example", "/relative", StringComparison.Ordinal), "AC0019");

        Line(error).ShouldBe(14); // the first line of the server mapping
    }

    [Fact]
    public void Fuses_two_specs_compile_with_Core_into_one_package_as_the_snapshots_show()
    {
        var outcome = GeneratorHarness.RunWithCore(
            InMemoryAdditionalText.FromFile(RepoPaths.Spec("fuse-universal.v5.yaml")), InMemoryAdditionalText.FromFile(RepoPaths.Spec("fuse-universal.v4.yaml")));

        outcome.GeneratorDiagnostics.ShouldBeEmpty();
        outcome.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        foreach (var client in (string[])["FuseV5", "FuseV4"])
        {
            foreach (var kind in (string[])["Definition", "Options", "Registrations", "TokenEndpoint", "ErrorReader"])
            {
                Snapshot.Match(client + "." + kind, outcome.Sources[client + "." + kind + ".g.cs"]);
            }
        }
    }

    private static GeneratorOutcome RunBoth() => GeneratorHarness.RunWithCore(
        new InMemoryAdditionalText("/specs/cloud.yaml", Cloud), new InMemoryAdditionalText("/specs/cloud-v1.yaml", CloudV1));

    private static Compilation RunBothCompilation()
    {
        GeneratorHarness.Driver(new InMemoryAdditionalText("/specs/cloud.yaml", Cloud), new InMemoryAdditionalText("/specs/cloud-v1.yaml", CloudV1))
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CompilationWithCore(), out var output, out _);
        return output;
    }

    private static Diagnostic SingleError(string yaml, string id)
    {
        var outcome = GeneratorHarness.RunWithCore(new InMemoryAdditionalText("/specs/cloud.yaml", yaml));
        outcome.Exception.ShouldBeNull();
        var diagnostic = outcome.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe(id);
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/specs/cloud.yaml");
        return diagnostic;
    }

    private static Uri? Resolve(object options) => (Uri?)options.GetType().GetMethod("ResolveBaseAddress")!.Invoke(options, null);

    private static bool Set(object options, string name, object value)
    {
        options.GetType().GetProperty(name)!.SetValue(options, value);
        return true;
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    /// <summary>The compiled output, loaded in a context of its own (Core and Refit come from the test's).</summary>
    private sealed class Built : IDisposable
    {
        private readonly AssemblyLoadContext _context = new("generated", isCollectible: true);
        private Assembly _assembly = null!;

        public static Built From(Compilation compilation)
        {
            using var stream = new MemoryStream();
            var emitted = compilation.Emit(stream);
            emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics));
            stream.Position = 0;
            var built = new Built();
            built._assembly = built._context.LoadFromStream(stream);
            return built;
        }

        public object Options(string typeName) => Activator.CreateInstance(_assembly.GetType(typeName, throwOnError: true)!)!;

        public string[] Validate(string definitionType, object options)
        {
            var definition = _assembly.GetType(definitionType, throwOnError: true)!.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var validate = (Delegate)definition.GetType().GetProperty("Validate")!.GetValue(definition)!;
            return ((IEnumerable<string>)validate.DynamicInvoke(options)!).ToArray();
        }

        public void Dispose() => _context.Unload();
    }
}
