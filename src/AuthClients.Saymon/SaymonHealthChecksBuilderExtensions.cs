using AuthClients.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AuthClients.Saymon;

/// <summary>Health checks of SAYMON sessions.</summary>
public static class SaymonHealthChecksBuilderExtensions
{
    /// <summary>
    /// Checks that the SAYMON instance <paramref name="name"/> can log in: Healthy with a cached or
    /// renewed token, Degraded during a refused login's backoff, Unhealthy (or <paramref name="failureStatus"/>)
    /// with the masked message of SAYMON when the login is refused or it cannot be reached.
    /// </summary>
    public static IHealthChecksBuilder AddSaymonCheck(this IHealthChecksBuilder builder, string name = "", string? checkName = null, HealthStatus? failureStatus = null, IEnumerable<string>? tags = null) =>
        builder.AddAuthClientCheck(SaymonDefinition.Instance, name, checkName, failureStatus, tags);
}
