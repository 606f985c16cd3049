using AuthClients.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuthClients.Saymon;

/// <summary>Registers SAYMON sessions: named instances, clients that join them, runtime tenants.</summary>
public static class SaymonServiceCollectionExtensions
{
    /// <summary>
    /// Registers the default SAYMON instance and <see cref="ISaymonApi"/> on it: on first use it
    /// creates a token for <see cref="SaymonClientOptions.UserId"/> with HTTP Basic credentials,
    /// sends it as the <c>api-token</c> query parameter (masked in logs), and on a 401 creates one
    /// new token and retries once.
    /// </summary>
    public static AuthClientBuilder AddSaymonClient(this IServiceCollection services, Action<SaymonClientOptions> configure) =>
        services.AddSaymonClient(Options.DefaultName, configure);

    /// <summary>Registers the SAYMON instance <paramref name="name"/>; its API is keyed by the name.</summary>
    public static AuthClientBuilder AddSaymonClient(this IServiceCollection services, string name, Action<SaymonClientOptions> configure) =>
        services.AddAuthClient<ISaymonApi, SaymonClientOptions>(SaymonDefinition.Instance, name, configure);

    /// <summary>Sends this client's requests with the token of the SAYMON instance <paramref name="name"/>.</summary>
    public static IHttpClientBuilder AddSaymonSession(this IHttpClientBuilder builder, string name = "") =>
        builder.AddAuthSession(SaymonDefinition.Instance, name);

    /// <summary>Registers <see cref="AuthClientTenants{TApi}"/> of <see cref="ISaymonApi"/>, options loaded at run time.</summary>
    public static IServiceCollection AddSaymonTenants(this IServiceCollection services, TenantOptionsLoader<SaymonClientOptions> loadOptions, Action<TenantCacheOptions>? limits = null) =>
        services.AddAuthClientTenants<ISaymonApi, SaymonClientOptions>(SaymonDefinition.Instance, loadOptions, limits);
}
