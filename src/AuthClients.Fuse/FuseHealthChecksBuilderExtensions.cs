using AuthClients.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AuthClients.Fuse;

/// <summary>Health checks of Fuse Universal sessions.</summary>
public static class FuseHealthChecksBuilderExtensions
{
    /// <summary>
    /// Checks that the Fuse v5 instance <paramref name="name"/> can log in: Healthy with a cached or
    /// new token, Degraded during a refused login's backoff, Unhealthy (or <paramref name="failureStatus"/>)
    /// with Fuse's masked message when the login is refused or Fuse cannot be reached.
    /// </summary>
    public static IHealthChecksBuilder AddFuseCheck(this IHealthChecksBuilder builder, string name = "", string? checkName = null, HealthStatus? failureStatus = null, IEnumerable<string>? tags = null) =>
        builder.AddAuthClientCheck(FuseDefinitions.V5, name, checkName, failureStatus, tags);

    /// <summary>Checks that the Fuse v4 instance <paramref name="name"/> can get a token (same states as <see cref="AddFuseCheck"/>).</summary>
    public static IHealthChecksBuilder AddFuseV4Check(this IHealthChecksBuilder builder, string name = "", string? checkName = null, HealthStatus? failureStatus = null, IEnumerable<string>? tags = null) =>
        builder.AddAuthClientCheck(FuseDefinitions.V4, name, checkName, failureStatus, tags);
}
