using AuthClients.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuthClients.Fuse;

/// <summary>Registers Fuse Universal sessions: named instances, clients that join them, runtime tenants.</summary>
public static class FuseServiceCollectionExtensions
{
    /// <summary>
    /// Registers the default Fuse v5 instance and <see cref="IFuseV5Api"/> on it: log in with
    /// login_name/password on first use, send the token as <c>Auth-Token</c>, and on a 401 log in
    /// again once and retry the call once (Fuse rotates tokens). Options are validated at start-up.
    /// </summary>
    public static AuthClientBuilder AddFuseClient(this IServiceCollection services, Action<FuseClientOptions> configure) =>
        services.AddFuseClient(Options.DefaultName, configure);

    /// <summary>
    /// Registers the Fuse v5 instance <paramref name="name"/> (its own options, session and HTTP
    /// clients); inject its API with <c>[FromKeyedServices("<paramref name="name"/>")] IFuseV5Api</c>.
    /// </summary>
    public static AuthClientBuilder AddFuseClient(this IServiceCollection services, string name, Action<FuseClientOptions> configure) =>
        services.AddAuthClient<IFuseV5Api, FuseClientOptions>(FuseDefinitions.V5, name, configure);

    /// <summary>
    /// Registers the default Fuse v4.4-and-below instance and <see cref="IFuseV4Api"/>:
    /// <c>POST /api/v4.4/token</c> (multipart form-data, 201) on first use, the token as the
    /// <c>auth_token</c> query parameter (masked in logs), and on a 401 one new token and one
    /// retry. Pass <see cref="FuseV4ClientOptions.ApiVersion"/> to the API's version parameter.
    /// </summary>
    public static AuthClientBuilder AddFuseV4Client(this IServiceCollection services, Action<FuseV4ClientOptions> configure) =>
        services.AddFuseV4Client(Options.DefaultName, configure);

    /// <summary>Registers the Fuse v4.4-and-below instance <paramref name="name"/>; its API is keyed by the name.</summary>
    public static AuthClientBuilder AddFuseV4Client(this IServiceCollection services, string name, Action<FuseV4ClientOptions> configure) =>
        services.AddAuthClient<IFuseV4Api, FuseV4ClientOptions>(FuseDefinitions.V4, name, configure);

    /// <summary>
    /// Sends this client's requests with the token of the Fuse v5 instance <paramref name="name"/>
    /// (registered with <see cref="AddFuseClient(IServiceCollection, string, Action{FuseClientOptions})"/>):
    /// for a typed HttpClient or any generated client of Fuse endpoints the package does not cover.
    /// </summary>
    public static IHttpClientBuilder AddFuseSession(this IHttpClientBuilder builder, string name = "") =>
        builder.AddAuthSession(FuseDefinitions.V5, name);

    /// <summary>Sends this client's requests with the token of the Fuse v4 instance <paramref name="name"/>.</summary>
    public static IHttpClientBuilder AddFuseV4Session(this IHttpClientBuilder builder, string name = "") =>
        builder.AddAuthSession(FuseDefinitions.V4, name);

    /// <summary>
    /// Registers <see cref="AuthClientTenants{TApi}"/> of <see cref="IFuseV5Api"/>: Fuse instances
    /// known only at run time, their options loaded by <paramref name="loadOptions"/>.
    /// </summary>
    public static IServiceCollection AddFuseTenants(this IServiceCollection services, TenantOptionsLoader<FuseClientOptions> loadOptions, Action<TenantCacheOptions>? limits = null) =>
        services.AddAuthClientTenants<IFuseV5Api, FuseClientOptions>(FuseDefinitions.V5, loadOptions, limits);

    /// <summary>Registers <see cref="AuthClientTenants{TApi}"/> of <see cref="IFuseV4Api"/>.</summary>
    public static IServiceCollection AddFuseV4Tenants(this IServiceCollection services, TenantOptionsLoader<FuseV4ClientOptions> loadOptions, Action<TenantCacheOptions>? limits = null) =>
        services.AddAuthClientTenants<IFuseV4Api, FuseV4ClientOptions>(FuseDefinitions.V4, loadOptions, limits);
}
