using AuthClients.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuthClients.ResolveInsights;

/// <summary>Registers Resolve Insights sessions: named instances, clients that join them, runtime tenants.</summary>
public static class ResolveInsightsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the default Resolve Insights instance and <see cref="IResolveInsightsApi"/> on it:
    /// password grant on first use, Bearer token, refresh before expires_in (falling back to the
    /// password grant when the refresh token is refused), one renewal and one retry on a 401.
    /// </summary>
    public static AuthClientBuilder AddResolveInsightsClient(this IServiceCollection services, Action<ResolveInsightsClientOptions> configure) =>
        services.AddResolveInsightsClient(Options.DefaultName, configure);

    /// <summary>Registers the Resolve Insights instance <paramref name="name"/>; its API is keyed by the name.</summary>
    public static AuthClientBuilder AddResolveInsightsClient(this IServiceCollection services, string name, Action<ResolveInsightsClientOptions> configure) =>
        services.AddAuthClient<IResolveInsightsApi, ResolveInsightsClientOptions>(ResolveInsightsDefinition.Instance, name, configure);

    /// <summary>Sends this client's requests with the token of the Resolve Insights instance <paramref name="name"/>.</summary>
    public static IHttpClientBuilder AddResolveInsightsSession(this IHttpClientBuilder builder, string name = "") =>
        builder.AddAuthSession(ResolveInsightsDefinition.Instance, name);

    /// <summary>Registers <see cref="AuthClientTenants{TApi}"/> of <see cref="IResolveInsightsApi"/>, options loaded at run time.</summary>
    public static IServiceCollection AddResolveInsightsTenants(this IServiceCollection services, TenantOptionsLoader<ResolveInsightsClientOptions> loadOptions, Action<TenantCacheOptions>? limits = null) =>
        services.AddAuthClientTenants<IResolveInsightsApi, ResolveInsightsClientOptions>(ResolveInsightsDefinition.Instance, loadOptions, limits);
}
