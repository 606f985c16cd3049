using System.Threading;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// Emits the public entry points of a described vendor, each a line over Core's:
/// <c>Add&lt;Client&gt;Client</c>/<c>Session</c>/<c>Tenants</c>, the health check
/// <c>Add&lt;Client&gt;Check</c> and the standalone <c>&lt;Client&gt;Client.Create</c>.
/// </summary>
internal static class AuthRegistrationsEmitter
{
    public static string Emit(SpecModel spec, AuthModel auth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var surface = AuthNames.Surface(spec);
        var c = surface.Stem;
        // A spec that joins another's package adds its methods to that spec's classes, whose summaries that spec writes.
        var own = !surface.JoinsPackage;
        var options = "global::" + spec.Namespace + "." + AuthNames.Options(spec);
        var api = "global::" + spec.Namespace + "." + spec.InterfaceName;
        var definition = "global::" + spec.Namespace + "." + AuthNames.Definition(spec) + ".Instance";
        var vendor = DocComment.Inline(auth.Vendor).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
        const string Services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
        const string Builder = AuthNames.Core + "AuthClientBuilder";
        var w = new SourceWriter().FileHeader();
        w.Line("namespace " + spec.Namespace + ";");
        w.Line();
        if (own)
        {
            w.Line("/// <summary>Registers " + vendor + " sessions: named instances, clients that join them, runtime tenants.</summary>");
            w.Line(EmitConstants.GeneratedCode);
        }

        w.Open("public static partial class " + AuthNames.Registrations(spec));
        w.Line("/// <summary>Registers the default " + vendor + " instance and <see cref=\"" + spec.InterfaceName + "\"/> on it: login on first use, the token on every request, one renewal and one retry on a 401.</summary>");
        w.Line("public static " + Builder + " Add" + c + "Client(this " + Services + " services, global::System.Action<" + options + "> configure) =>");
        w.Line("    services.Add" + c + "Client(global::Microsoft.Extensions.Options.Options.DefaultName, configure);");
        w.Line();
        w.Line("/// <summary>Registers the " + vendor + " instance <paramref name=\"name\"/>; its API is keyed by the name.</summary>");
        w.Line("public static " + Builder + " Add" + c + "Client(this " + Services + " services, string name, global::System.Action<" + options + "> configure) =>");
        w.Line("    " + AuthNames.Core + "AuthClientServiceCollectionExtensions.AddAuthClient<" + api + ", " + options + ">(services, " + definition + ", name, configure);");
        w.Line();
        w.Line("/// <summary>Sends this client's requests with the token of the " + vendor + " instance <paramref name=\"name\"/>.</summary>");
        w.Line("public static global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder Add" + c + "Session(this global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder builder, string name = \"\") =>");
        w.Line("    " + AuthNames.Core + "AuthClientServiceCollectionExtensions.AddAuthSession(builder, " + definition + ", name);");
        w.Line();
        w.Line("/// <summary>Registers <see cref=\"" + AuthNames.Core + "AuthClientTenants{TApi}\"/> of <see cref=\"" + spec.InterfaceName + "\"/>, options loaded at run time.</summary>");
        w.Line("public static " + Services + " Add" + c + "Tenants(this " + Services + " services, " + AuthNames.Core + "TenantOptionsLoader<" + options + "> loadOptions, global::System.Action<" + AuthNames.Core + "TenantCacheOptions>? limits = null) =>");
        w.Line("    " + AuthNames.Core + "AuthClientTenantsServiceCollectionExtensions.AddAuthClientTenants<" + api + ", " + options + ">(services, " + definition + ", loadOptions, limits);");
        w.Close();
        w.Line();
        if (own)
        {
            w.Line("/// <summary>Health checks of " + vendor + " sessions.</summary>");
            w.Line(EmitConstants.GeneratedCode);
        }

        w.Open("public static partial class " + AuthNames.HealthChecks(spec));
        w.Line("/// <summary>Checks that the " + vendor + " instance <paramref name=\"name\"/> can log in: Healthy with a cached or renewed token, Degraded during a refused login's backoff, Unhealthy (or <paramref name=\"failureStatus\"/>) when the login is refused or the vendor cannot be reached.</summary>");
        w.Line("public static global::Microsoft.Extensions.DependencyInjection.IHealthChecksBuilder Add" + c + "Check(this global::Microsoft.Extensions.DependencyInjection.IHealthChecksBuilder builder, string name = \"\", string? checkName = null, global::Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus? failureStatus = null, global::System.Collections.Generic.IEnumerable<string>? tags = null) =>");
        w.Line("    " + AuthNames.Core + "AuthClientHealthChecksBuilderExtensions.AddAuthClientCheck(builder, " + definition + ", name, checkName, failureStatus, tags);");
        w.Close();
        w.Line();
        if (own)
        {
            w.Line("/// <summary>The " + vendor + " client for code that does not use dependency injection.</summary>");
            w.Line(EmitConstants.GeneratedCode);
        }

        w.Open("public static partial class " + AuthNames.Standalone(spec));
        w.Line("/// <summary>Creates the client of <see cref=\"" + spec.InterfaceName + "\"/>; throws <see cref=\"global::Microsoft.Extensions.Options.OptionsValidationException\"/> for bad options.</summary>");
        w.Line("public static " + AuthNames.Core + "StandaloneClient<" + api + "> " + surface.CreateMethod + "(global::System.Action<" + options + "> configure, global::Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null) =>");
        w.Line("    " + AuthNames.Core + "StandaloneClient.Create<" + api + ">(services => services.Add" + c + "Client(configure), loggerFactory);");
        w.Close();
        return w.ToString();
    }
}
