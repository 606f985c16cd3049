using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace AuthClients.Core;

/// <summary>Registers <see cref="AuthClientTenants{TApi}"/>: sessions of tenants whose options come at run time.</summary>
public static class AuthClientTenantsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AuthClientTenants{TApi}"/> for a vendor: <paramref name="loadOptions"/>
    /// gives a tenant's options the first time it is asked for; <paramref name="limits"/> bounds the
    /// cache (count and idle time).
    /// </summary>
    public static IServiceCollection AddAuthClientTenants<TApi, TOptions>(
        this IServiceCollection services,
        AuthClientDefinition<TOptions> definition,
        TenantOptionsLoader<TOptions> loadOptions,
        Action<TenantCacheOptions>? limits = null)
        where TApi : class
        where TOptions : AuthClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(loadOptions);
        var cacheOptions = new TenantCacheOptions();
        limits?.Invoke(cacheOptions);
        if (cacheOptions.MaxSessions < 1 || cacheOptions.IdleTimeout <= TimeSpan.Zero || cacheOptions.MaxConnectionsPerServer < 1)
        {
            throw new ArgumentException($"{definition.Vendor} tenants: MaxSessions and MaxConnectionsPerServer must be at least 1 and IdleTimeout positive.", nameof(limits));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        AuthClientServiceCollectionExtensions.AddTelemetry(services);
        services.AddSingleton(sp =>
        {
            var time = sp.GetRequiredService<TimeProvider>();
            var factory = new AuthSessionFactory<TOptions>(definition, time, sp.GetService<ILoggerFactory>(), sp.GetRequiredService<AuthClientsTelemetry>());
            var pipeline = new TenantHttpPipeline(definition.Redactor, sp.GetRequiredService<ILogger<RedactingLoggingHandler>>(), time, cacheOptions.MaxConnectionsPerServer, cacheOptions.TransientRetries);
            return new AuthClientTenants<TApi>(tenant => Task.Run(() => CreateAsync(tenant)), cacheOptions, time, pipeline);

            async Task<TenantSession<TApi>> CreateAsync(string tenant)
            {
                // The loader runs on no caller's cancellation: concurrent first callers share it.
                var options = await loadOptions(sp, tenant, CancellationToken.None).ConfigureAwait(false);
                factory.Validate(tenant, options);
                var baseAddress = options.ResolveBaseAddress()!;
                var timeout = options.Timeout;
                // A coordinator per tenant session: it remembers which token went through the shared store.
                var sharing = cacheOptions.Sharing?.Invoke(sp);
                var session = factory.Create(tenant, options, () => new HttpClient(pipeline.TokenCalls, disposeHandler: false) { BaseAddress = baseAddress, Timeout = timeout }, sharing);
                var http = new HttpClient(new AuthenticatingHandler(session) { InnerHandler = pipeline.ApiCalls }, disposeHandler: false)
                {
                    BaseAddress = session.BaseAddress,
                    Timeout = timeout,
                };
                return new TenantSession<TApi>(session, http, Refit.RestService.ForGenerated<TApi>(http, session.Settings(definition.GeneratedSettings)));
            }
        });
        return services;
    }
}
