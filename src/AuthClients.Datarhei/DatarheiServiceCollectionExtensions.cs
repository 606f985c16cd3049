using AuthClients.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuthClients.Datarhei;

/// <summary>Registers datarhei Core sessions: named instances, clients that join them, runtime tenants.</summary>
public static class DatarheiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the default datarhei Core instance and <see cref="IDatarheiApi"/> on it: login on
    /// first use, the access token as Bearer, refresh before the JWT's exp, login again when the
    /// refresh token has expired, one renewal and one retry on a 401.
    /// </summary>
    public static AuthClientBuilder AddDatarheiClient(this IServiceCollection services, Action<DatarheiClientOptions> configure) =>
        services.AddDatarheiClient(Options.DefaultName, configure);

    /// <summary>Registers the datarhei Core instance <paramref name="name"/>; its API is keyed by the name.</summary>
    public static AuthClientBuilder AddDatarheiClient(this IServiceCollection services, string name, Action<DatarheiClientOptions> configure) =>
        services.AddAuthClient<IDatarheiApi, DatarheiClientOptions>(DatarheiDefinition.Instance, name, configure);

    /// <summary>Sends this client's requests with the token of the datarhei Core instance <paramref name="name"/>.</summary>
    public static IHttpClientBuilder AddDatarheiSession(this IHttpClientBuilder builder, string name = "") =>
        builder.AddAuthSession(DatarheiDefinition.Instance, name);

    /// <summary>Registers <see cref="AuthClientTenants{TApi}"/> of <see cref="IDatarheiApi"/>, options loaded at run time.</summary>
    public static IServiceCollection AddDatarheiTenants(this IServiceCollection services, TenantOptionsLoader<DatarheiClientOptions> loadOptions, Action<TenantCacheOptions>? limits = null) =>
        services.AddAuthClientTenants<IDatarheiApi, DatarheiClientOptions>(DatarheiDefinition.Instance, loadOptions, limits);
}
