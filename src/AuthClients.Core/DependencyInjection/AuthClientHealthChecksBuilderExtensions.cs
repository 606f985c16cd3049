using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AuthClients.Core;

/// <summary>Health checks of vendor sessions, for <c>services.AddHealthChecks()</c>.</summary>
public static class AuthClientHealthChecksBuilderExtensions
{
    /// <summary>
    /// Checks that <paramref name="definition"/>'s session <paramref name="name"/> can
    /// authenticate: Healthy with a cached or newly obtained token (a cached valid token causes
    /// no login), Degraded while a refused login's backoff runs, <paramref name="failureStatus"/>
    /// (Unhealthy by default) with the vendor's masked message when the login is refused or the
    /// vendor cannot be reached.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="definition">The vendor.</param>
    /// <param name="name">The session's name, as registered with <c>Add&lt;Vendor&gt;Client</c> (empty for the default instance).</param>
    /// <param name="checkName">The check's name in reports; defaults to the session's key (<c>&lt;client&gt;:&lt;name&gt;</c>).</param>
    /// <param name="failureStatus">The status of a failed check; Unhealthy when null.</param>
    /// <param name="tags">Tags to filter checks by (e.g. "ready").</param>
    public static IHealthChecksBuilder AddAuthClientCheck<TOptions>(this IHealthChecksBuilder builder, AuthClientDefinition<TOptions> definition, string name, string? checkName = null, HealthStatus? failureStatus = null, IEnumerable<string>? tags = null)
        where TOptions : AuthClientOptions
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(name);
        var key = AuthClientServiceCollectionExtensions.SessionKey(definition, name);
        return builder.Add(new HealthCheckRegistration(
            checkName ?? key,
            sp => new AuthSessionHealthCheck(AuthClientServiceCollectionExtensions.Session(sp, definition, key, name)),
            failureStatus,
            tags));
    }
}
