using AuthClients.Core;
using AuthClients.Fuse.V5;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

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
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FuseClientOptions>, FuseClientOptionsValidator>());
        return services.AddAuthClient<IFuseV5Api>(new AuthClientDefinition
        {
            Name = "AuthClients.Fuse.V5",
            Vendor = "Fuse",
            BaseAddress = sp => Options(sp).ResolveBaseAddress(),
            RefitSettings = _ => FuseV5RefitSettings.Create(),
            TokenEndpoint = (sp, tokenClient) => new FuseV5TokenEndpoint(
                () => RestService.ForGenerated<IFuseV5Api>(tokenClient(), FuseV5RefitSettings.Create()),
                Options(sp)),
            SessionOptions = sp => new TokenSessionOptions { DefaultLifetime = Options(sp).TokenLifetime },
        });
    }

    private static FuseClientOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<FuseClientOptions>>().Value;
}
