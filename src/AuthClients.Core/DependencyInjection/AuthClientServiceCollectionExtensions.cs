using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Refit;

namespace AuthClients.Core;

/// <summary>Registers a generated Refit client with the token lifecycle around it.</summary>
public static class AuthClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TApi"/> (a generated interface) on IHttpClientFactory with:
    /// the authenticating handler, optional transient retries for safe methods, a logger that
    /// masks secrets (the factory's own URL logging removed), no automatic redirects (a
    /// redirect must not carry credentials to another host), and one <see cref="TokenSession"/>
    /// per client.
    /// </summary>
    public static IHttpClientBuilder AddAuthClient<TApi>(this IServiceCollection services, AuthClientDefinition definition)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(definition);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        var tokenClientName = definition.Name + ".Token";

        Configure(services.AddHttpClient(tokenClientName), definition);

        // One translator per client: it masks the configured secrets and the session's tokens.
        services.AddKeyedSingleton(definition.Name, (sp, _) => new ApiErrorTranslator(
            definition.Vendor,
            definition.ReadError,
            () => (definition.Secrets?.Invoke(sp) ?? []).Concat(sp.GetRequiredKeyedService<TokenSession>(definition.Name).CurrentSecrets())));
        services.AddKeyedSingleton(definition.Name, (sp, _) =>
        {
            var factory = sp.GetRequiredService<IHttpClientFactory>();
            var translator = sp.GetRequiredKeyedService<ApiErrorTranslator>(definition.Name);
            return definition.TokenEndpoint(sp, new TokenClients(() => factory.CreateClient(tokenClientName), () => translator.Configure(definition.GeneratedSettings())));
        });
        services.AddKeyedSingleton(definition.Name, (sp, _) => new TokenSession(
            sp.GetRequiredKeyedService<ITokenEndpoint>(definition.Name),
            definition.SessionOptions?.Invoke(sp),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<TokenSession>>()));

        var builder = services.AddRefitGeneratedClient<TApi>(sp =>
            sp.GetRequiredKeyedService<ApiErrorTranslator>(definition.Name).Configure(definition.GeneratedSettings()));
        builder.AddHttpMessageHandler(sp => new AuthenticatingHandler(
            sp.GetRequiredKeyedService<TokenSession>(definition.Name),
            sp.GetRequiredKeyedService<ITokenEndpoint>(definition.Name)));
        if (definition.TransientRetries)
        {
            // Retries only. HttpClient.Timeout (the vendor options' Timeout) already bounds the
            // whole call, retries included; the standard handler's extra timeouts, circuit breaker
            // and concurrency limiter cost ~2 KB a call (bench/AuthClients.Benchmarks) and guard
            // against nothing one vendor's auth client needs. Add them on the returned builder.
            builder.AddResilienceHandler("AuthClients", pipeline =>
            {
                var retry = new HttpRetryStrategyOptions
                {
                    // An interactive client gives up soon: two retries, 0.5 s then about 1 s (with jitter).
                    MaxRetryAttempts = 2,
                    Delay = TimeSpan.FromMilliseconds(500),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                };
                retry.DisableForUnsafeHttpMethods();
                pipeline.AddRetry(retry);
            });
        }

        Configure(builder, definition);
        return builder;
    }

    private static void Configure(IHttpClientBuilder builder, AuthClientDefinition definition)
    {
        builder
            .ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = definition.BaseAddress(sp);
                if (definition.Timeout?.Invoke(sp) is { } timeout)
                {
                    client.Timeout = timeout;
                }
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers()
            .AddHttpMessageHandler(sp => new RedactingLoggingHandler(
                sp.GetService<ILogger<RedactingLoggingHandler>>() ?? NullLogger<RedactingLoggingHandler>.Instance,
                definition.SecretQueryParameters));
    }
}
