using AuthClients.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AuthClients.Datarhei;

/// <summary>Health checks of datarhei Core sessions.</summary>
public static class DatarheiHealthChecksBuilderExtensions
{
    /// <summary>
    /// Checks that the datarhei Core instance <paramref name="name"/> can log in: Healthy with a cached or
    /// renewed token, Degraded during a refused login's backoff, Unhealthy (or <paramref name="failureStatus"/>)
    /// with the masked message of datarhei Core when the login is refused or it cannot be reached.
    /// </summary>
    public static IHealthChecksBuilder AddDatarheiCheck(this IHealthChecksBuilder builder, string name = "", string? checkName = null, HealthStatus? failureStatus = null, IEnumerable<string>? tags = null) =>
        builder.AddAuthClientCheck(DatarheiDefinition.Instance, name, checkName, failureStatus, tags);
}
