using AuthClients.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AuthClients.ResolveInsights;

/// <summary>Health checks of Resolve Insights sessions.</summary>
public static class ResolveInsightsHealthChecksBuilderExtensions
{
    /// <summary>
    /// Checks that the Resolve Insights instance <paramref name="name"/> can log in: Healthy with a cached or
    /// renewed token, Degraded during a refused login's backoff, Unhealthy (or <paramref name="failureStatus"/>)
    /// with the masked message of Resolve Insights when the login is refused or it cannot be reached.
    /// </summary>
    public static IHealthChecksBuilder AddResolveInsightsCheck(this IHealthChecksBuilder builder, string name = "", string? checkName = null, HealthStatus? failureStatus = null, IEnumerable<string>? tags = null) =>
        builder.AddAuthClientCheck(ResolveInsightsDefinition.Instance, name, checkName, failureStatus, tags);
}
