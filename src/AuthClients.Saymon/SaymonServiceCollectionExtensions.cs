using AuthClients.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AuthClients.Saymon;

/// <summary>Registers the SAYMON client.</summary>
public static class SaymonServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISaymonApi"/>: on first use it creates a token for
    /// <see cref="SaymonClientOptions.UserId"/> with HTTP Basic credentials, sends it as the
    /// <c>api-token</c> query parameter (masked in logs), and on a 401 creates one new token and
    /// retries once.
    /// </summary>
    public static IHttpClientBuilder AddSaymonClient(this IServiceCollection services, Action<SaymonClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SaymonClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SaymonClientOptions>, SaymonClientOptionsValidator>());
        return services.AddAuthClient<ISaymonApi>(new AuthClientDefinition
        {
            Name = "AuthClients.Saymon",
            Vendor = "SAYMON",
            BaseAddress = sp => Options(sp).BaseAddress!,
            GeneratedSettings = SaymonJsonContext.CreateRefitSettings,
            ReadError = SaymonErrorReader.Read,
            Secrets = sp => [Options(sp).Password],
            TokenEndpoint = (sp, clients) => new SaymonTokenEndpoint(clients, Options(sp)),
            SessionOptions = sp => new TokenSessionOptions { DefaultLifetime = Options(sp).TokenLifetime },
            SecretQueryParameters = ["api-token"],
        });
    }

    private static SaymonClientOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<SaymonClientOptions>>().Value;
}
