using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AuthClients.Core;

/// <summary>Registers generated APIs on one named session of one vendor.</summary>
internal sealed class SessionRegistration<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceCollection services, AuthClientDefinition<TOptions> definition, string name) : ISessionRegistration
    where TOptions : AuthClientOptions
{
    private readonly string _key = AuthClientServiceCollectionExtensions.SessionKey(definition, name);
    private bool _transientRetries;

    public IServiceCollection Services => services;

    public string Name => name;

    public string SessionKey => _key;

    /// <summary>Off by default: the application's own resilience handler, if it adds one to every client, is the one (README, Resilience).</summary>
    public void EnableTransientRetries() => Volatile.Write(ref _transientRetries, true);

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

        // Read when the handlers are built, so WithTransientRetries() reaches the APIs added before it too.
        builder.ConfigureAdditionalHttpMessageHandlers((handlers, sp) => SessionPipeline.InsertAfterAuthentication(
            handlers,
            SessionPipeline.ApiCallHandlers(sp.GetRequiredService<ILogger<RedactingLoggingHandler>>(), definition.Redactor, Volatile.Read(ref _transientRetries), sp.GetService<TimeProvider>())));
        return AuthClientServiceCollectionExtensions.ConfigureVendorClient(
            builder,
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

    void EnableTransientRetries();

    IHttpClientBuilder AddApi<TApi>(Func<Refit.RefitSettings> generatedSettings)
        where TApi : class;
}
