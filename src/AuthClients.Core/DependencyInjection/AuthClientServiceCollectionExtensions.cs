using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AuthClients.Core;

/// <summary>Registers named vendor sessions, the generated APIs on them, and the clients that join them.</summary>
public static class AuthClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers the session <paramref name="name"/> of a vendor and <typeparamref name="TApi"/>
    /// (its generated interface) on it: named options validated at start-up, one
    /// <see cref="AuthSession"/> (keyed by the name), and the API on IHttpClientFactory with the
    /// authenticating handler, a logger that masks secrets (transient retries are opt-in:
    /// <see cref="AuthClientBuilder.WithTransientRetries"/>), and no automatic redirects (a redirect must not carry credentials to another
    /// host). The API resolves keyed by <paramref name="name"/>; the default name
    /// (<see cref="Options.DefaultName"/>) also resolves it unkeyed.
    /// </summary>
    public static AuthClientBuilder AddAuthClient<TApi, [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(this IServiceCollection services, AuthClientDefinition<TOptions> definition, string name, Action<TOptions> configure)
        where TApi : class
        where TOptions : AuthClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);
        var key = SessionKey(definition, name);
        if (services.Any(d => d.IsKeyedService && Equals(d.ServiceKey, key) && d.ServiceType == typeof(AuthSession)))
        {
            throw new InvalidOperationException($"A {definition.Vendor} client named '{name}' is registered already; give each instance its own name.");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        AddTelemetry(services);
        services.AddOptions<TOptions>(name).Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new AuthClientOptionsValidator<TOptions>(definition)));

        var tokenClientName = key + ":token";
        var tokenClient = ConfigureVendorClient(services.AddHttpClient(tokenClientName), sp => OptionsOf<TOptions>(sp, name).ResolveBaseAddress()!, sp => OptionsOf<TOptions>(sp, name).Timeout)
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                foreach (var handler in SessionPipeline.TokenCallHandlers(sp.GetRequiredService<ILogger<RedactingLoggingHandler>>(), definition.Redactor))
                {
                    handlers.Add(handler);
                }
            });

        // Whatever resilience the application puts on every client (ConfigureHttpClientDefaults),
        // a login or refresh is sent once: a replayed login after a timeout can lock the account.
#pragma warning disable EXTEXP0001 // Experimental in Microsoft.Extensions.Http.Resilience; TokenCallsTests pins its effect.
        tokenClient.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001

        services.AddKeyedSingleton(key, (sp, _) =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<TOptions>>();
            var factory = new AuthSessionFactory<TOptions>(definition, sp.GetRequiredService<TimeProvider>(), sp.GetService<ILoggerFactory>(), sp.GetRequiredService<AuthClientsTelemetry>());
            var httpClients = sp.GetRequiredService<IHttpClientFactory>();
            var session = factory.Create(name, monitor.Get(name), () => httpClients.CreateClient(tokenClientName), sp.GetKeyedService<ITokenSharing>(key));
            session.Follow(monitor.OnChange((options, changed) =>
            {
                if (string.Equals(changed ?? Options.DefaultName, name, StringComparison.Ordinal))
                {
                    factory.Reconfigure(session, options);
                }
            }));
            return session;
        });

        var registration = new SessionRegistration<TOptions>(services, definition, name);
        var api = registration.AddApi<TApi>(definition.GeneratedSettings);
        return new AuthClientBuilder(registration, api);
    }

    /// <summary>
    /// Puts the token of <paramref name="definition"/>'s session <paramref name="name"/> on the
    /// requests of <paramref name="builder"/>'s client (a typed HttpClient, an NSwag or Kiota
    /// client): the client's base address defaults to the session's, requests to any other host
    /// are refused, a 401 renews once and retries once, and redirects are not followed.
    /// </summary>
    public static IHttpClientBuilder AddAuthSession<TOptions>(this IHttpClientBuilder builder, AuthClientDefinition<TOptions> definition, string name)
        where TOptions : AuthClientOptions
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(name);
        var key = SessionKey(definition, name);
        return builder
            .ConfigureHttpClient((sp, client) => client.BaseAddress ??= Session(sp, definition, key, name).BaseAddress)
            .ConfigurePrimaryHttpMessageHandler((handler, _) => DisableRedirects(handler))
            .AddHttpMessageHandler(sp => new AuthenticatingHandler(Session(sp, definition, key, name)));
    }

    /// <summary>The keyed-service key of a session: vendor-qualified, so "acme" at two vendors are two sessions.</summary>
    internal static string SessionKey<TOptions>(AuthClientDefinition<TOptions> definition, string name)
        where TOptions : AuthClientOptions => definition.Name + ":" + name;

    internal static AuthSession Session<TOptions>(IServiceProvider services, AuthClientDefinition<TOptions> definition, string key, string name)
        where TOptions : AuthClientOptions =>
        services.GetKeyedService<AuthSession>(key)
        ?? throw new InvalidOperationException($"No {definition.Vendor} client named '{name}' is registered; register it first (Add…Client(\"{name}\", …)).");

    /// <summary>One meter per container, from its <see cref="IMeterFactory"/> when it has one (AddMetrics; a host adds it).</summary>
    internal static void AddTelemetry(IServiceCollection services) =>
        services.TryAddSingleton(sp => new AuthClientsTelemetry(sp.GetService<IMeterFactory>()));

    /// <summary>
    /// What every client of a session shares: address, timeout, the connections of
    /// <see cref="SessionPipeline"/>, and none of IHttpClientFactory's own loggers (the pipeline's
    /// logger masks secrets; theirs would not).
    /// </summary>
    internal static IHttpClientBuilder ConfigureVendorClient(IHttpClientBuilder builder, Func<IServiceProvider, Uri> baseAddress, Func<IServiceProvider, TimeSpan> timeout) =>
        builder
            .ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = baseAddress(sp);
                client.Timeout = timeout(sp);
            })
            .ConfigurePrimaryHttpMessageHandler(() => SessionPipeline.Connections())
            .RemoveAllLoggers();

    private static TOptions OptionsOf<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceProvider services, string name)
        where TOptions : AuthClientOptions => services.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name);

    private static void DisableRedirects(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
            case HttpClientHandler classic:
                classic.AllowAutoRedirect = false;
                break;
        }
    }
}
