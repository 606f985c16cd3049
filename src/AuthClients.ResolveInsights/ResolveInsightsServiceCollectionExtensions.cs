using AuthClients.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AuthClients.ResolveInsights;

/// <summary>Registers the Resolve Insights client.</summary>
public static class ResolveInsightsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IResolveInsightsApi"/>: password grant on first use, Bearer token,
    /// refresh before expires_in (falling back to the password grant when the refresh token is
    /// refused), one renewal and one retry on a 401.
    /// </summary>
    public static IHttpClientBuilder AddResolveInsightsClient(this IServiceCollection services, Action<ResolveInsightsClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ResolveInsightsClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ResolveInsightsClientOptions>, ResolveInsightsClientOptionsValidator>());
        return services.AddAuthClient<IResolveInsightsApi>(new AuthClientDefinition
        {
            Name = "AuthClients.ResolveInsights",
            Vendor = "Resolve Insights",
            BaseAddress = sp => Options(sp).BaseAddress!,
            GeneratedSettings = ResolveInsightsJsonContext.CreateRefitSettings,
            ReadError = OAuthErrorReader.Read,
            Secrets = sp => [Options(sp).Password, Options(sp).ClientSecret],
            TokenEndpoint = (sp, clients) => new ResolveInsightsTokenEndpoint(
                clients.CreateApi<IResolveInsightsApi>,
                Options(sp),
                sp.GetRequiredService<TimeProvider>()),
            SessionOptions = sp => new TokenSessionOptions { RefreshSkew = Options(sp).RefreshSkew },
        });
    }

    private static ResolveInsightsClientOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<ResolveInsightsClientOptions>>().Value;
}
