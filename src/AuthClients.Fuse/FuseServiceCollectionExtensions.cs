using AuthClients.Core;
using AuthClients.Fuse.V5;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AuthClients.Fuse;

/// <summary>Registers the Fuse Universal clients.</summary>
public static class FuseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IFuseV5Api"/>: log in with login_name/password on first use, send the
    /// token as <c>Auth-Token</c>, and on a 401 log in again once and retry the call once (Fuse
    /// rotates tokens). Options are validated at start-up.
    /// </summary>
    public static IHttpClientBuilder AddFuseClient(this IServiceCollection services, Action<FuseClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<FuseClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FuseClientOptions>, FuseClientOptionsValidator<FuseClientOptions>>());
        return services.AddAuthClient<IFuseV5Api>(new AuthClientDefinition
        {
            Name = "AuthClients.Fuse.V5",
            Vendor = "Fuse",
            BaseAddress = sp => Options(sp).ResolveBaseAddress(),
            GeneratedSettings = FuseV5JsonContext.CreateRefitSettings,
            ReadError = FuseErrorBodyReader.Read,
            Secrets = sp => [Options(sp).Password],
            TokenEndpoint = (sp, clients) => new FuseV5TokenEndpoint(clients.CreateApi<IFuseV5Api>, Options(sp)),
            SessionOptions = sp => new TokenSessionOptions { DefaultLifetime = Options(sp).TokenLifetime },
            Timeout = sp => Options(sp).Timeout,
        });
    }

    /// <summary>
    /// Registers <see cref="IFuseV4Api"/> for Fuse v4.4 and below: <c>POST /api/v4.4/token</c>
    /// (multipart form-data, 201) on first use, the token as the <c>auth_token</c> query parameter
    /// (masked in logs), and on a 401 one new token and one retry. Pass
    /// <see cref="FuseV4ClientOptions.ApiVersion"/> to the API's version parameter.
    /// </summary>
    public static IHttpClientBuilder AddFuseV4Client(this IServiceCollection services, Action<FuseV4ClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<FuseV4ClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FuseV4ClientOptions>, FuseClientOptionsValidator<FuseV4ClientOptions>>());
        return services.AddAuthClient<IFuseV4Api>(new AuthClientDefinition
        {
            Name = "AuthClients.Fuse.V4",
            Vendor = "Fuse",
            BaseAddress = sp => Options<FuseV4ClientOptions>(sp).ResolveBaseAddress(),
            GeneratedSettings = FuseV4JsonContext.CreateRefitSettings,
            ReadError = V4.FuseV4ErrorBodyReader.Read,
            Secrets = sp => [Options<FuseV4ClientOptions>(sp).Password],
            TokenEndpoint = (sp, clients) => new V4.FuseV4TokenEndpoint(clients.CreateApi<IFuseV4Api>, Options<FuseV4ClientOptions>(sp)),
            SessionOptions = sp => new TokenSessionOptions { DefaultLifetime = Options<FuseV4ClientOptions>(sp).TokenLifetime },
            SecretQueryParameters = ["auth_token"],
            Timeout = sp => Options<FuseV4ClientOptions>(sp).Timeout,
        });
    }

    private static FuseClientOptions Options(IServiceProvider services) => Options<FuseClientOptions>(services);

    private static TOptions Options<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceProvider services)
        where TOptions : class => services.GetRequiredService<IOptions<TOptions>>().Value;
}
