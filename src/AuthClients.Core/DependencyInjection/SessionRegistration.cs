using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace AuthClients.Core;

/// <summary>Registers generated APIs on one named session of one vendor.</summary>
internal sealed class SessionRegistration<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceCollection services, AuthClientDefinition<TOptions> definition, string name) : ISessionRegistration
    where TOptions : AuthClientOptions
{
    private readonly string _key = AuthClientServiceCollectionExtensions.SessionKey(definition, name);

    public IServiceCollection Services => services;

    public string Name => name;

    public string SessionKey => _key;

    public IHttpClientBuilder AddApi<TApi>(Func<Refit.RefitSettings> generatedSettings)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(generatedSettings);
        var clientName = _key + ":" + typeof(TApi).FullName;
        var settingsKey = clientName;

        // One settings object per API and session: its JSON metadata, the session's error handling.
        services.AddKeyedSingleton(settingsKey, (sp, _) => Session(sp).Settings(generatedSettings));
        services.AddKeyedTransient<TApi>(name, (sp, _) => Refit.RestService.ForGenerated<TApi>(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(clientName),
            sp.GetRequiredKeyedService<Refit.RefitSettings>(settingsKey)));
        if (name == Options.DefaultName)
        {
            services.AddTransient(sp => sp.GetRequiredKeyedService<TApi>(name));
        }

        var builder = services.AddHttpClient(clientName)
            .AddHttpMessageHandler(sp => new AuthenticatingHandler(Session(sp)));

        // Retries only. HttpClient.Timeout (the options' Timeout) already bounds the whole call,
        // retries included; the standard handler's extra timeouts, circuit breaker and
        // concurrency limiter guard against nothing one vendor's auth client needs, and cost on
        // every call (README, Benchmarks). Add them on the returned builder.
        builder.AddResilienceHandler(TransientRetries.PipelineName, pipeline => pipeline.AddRetry(TransientRetries.Strategy()));
        return AuthClientServiceCollectionExtensions.ConfigureVendorClient(
            builder,
            definition,
            sp => Session(sp).BaseAddress,
            sp => sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name).Timeout);
    }

    private AuthSession Session(IServiceProvider sp) => AuthClientServiceCollectionExtensions.Session(sp, definition, _key, name);
}

/// <summary>What <see cref="AuthClientBuilder"/> needs of a session's registration, whatever the vendor's options type.</summary>
internal interface ISessionRegistration
{
    IServiceCollection Services { get; }

    string Name { get; }

    /// <summary>The session's keyed-service key (vendor-qualified).</summary>
    string SessionKey { get; }

    IHttpClientBuilder AddApi<TApi>(Func<Refit.RefitSettings> generatedSettings)
        where TApi : class;
}
