using AuthClients.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AuthClients.Datarhei;

/// <summary>Registers the datarhei Core client.</summary>
public static class DatarheiServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDatarheiApi"/>: login on first use, the access token as Bearer,
    /// refresh before the JWT's exp, login again when the refresh token has expired, one
    /// renewal and one retry on a 401.
    /// </summary>
    public static IHttpClientBuilder AddDatarheiClient(this IServiceCollection services, Action<DatarheiClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<DatarheiClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DatarheiClientOptions>, DatarheiClientOptionsValidator>());
        return services.AddAuthClient<IDatarheiApi>(new AuthClientDefinition
        {
            Name = "AuthClients.Datarhei",
            Vendor = "datarhei Core",
            BaseAddress = sp => Options(sp).BaseAddress!,
            GeneratedSettings = DatarheiJsonContext.CreateRefitSettings,
            ReadError = DatarheiErrorReader.Read,
            Secrets = sp => [Options(sp).Password, Options(sp).Auth0AccessToken],
            TokenEndpoint = (sp, clients) => new DatarheiTokenEndpoint(clients, Options(sp), sp.GetRequiredService<TimeProvider>()),
            SessionOptions = sp => new TokenSessionOptions { RefreshSkew = Options(sp).RefreshSkew },
            Timeout = sp => Options(sp).Timeout,
        });
    }

    private static DatarheiClientOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DatarheiClientOptions>>().Value;
}
