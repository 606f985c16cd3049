using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.Core;

/// <summary>
/// What <c>Add&lt;Vendor&gt;Client</c> returns: the vendor API's <see cref="IHttpClientBuilder"/>
/// (so the usual knobs apply to it), and the way to put more generated APIs on the same
/// session, one login serving them all.
/// </summary>
public sealed class AuthClientBuilder : IHttpClientBuilder
{
    private readonly ISessionRegistration _registration;
    private readonly IHttpClientBuilder _vendorApi;

    internal AuthClientBuilder(ISessionRegistration registration, IHttpClientBuilder vendorApi)
    {
        _registration = registration;
        _vendorApi = vendorApi;
    }

    /// <summary>The session's name (the instance name; empty for the default instance).</summary>
    public string SessionName => _registration.Name;

    /// <summary>The name of the vendor API's HTTP client.</summary>
    public string Name => _vendorApi.Name;

    /// <inheritdoc />
    public IServiceCollection Services => _vendorApi.Services;

    /// <summary>
    /// Retries transient failures (5xx, 408, 429, timeouts) of safe methods (GET, HEAD, OPTIONS…)
    /// twice, with jittered backoff, on every API of this session, those added later included.
    /// Off by default: an application that adds a resilience handler to every client
    /// (<c>ConfigureHttpClientDefaults(b =&gt; b.AddStandardResilienceHandler())</c>) should not
    /// stack a second one. Logins and refreshes are never retried, with or without it.
    /// </summary>
    public AuthClientBuilder WithTransientRetries()
    {
        _registration.EnableTransientRetries();
        return this;
    }

    /// <summary>
    /// Puts <typeparamref name="TApi"/> — a Refit interface <c>AuthClients.Generator</c> generated
    /// from your own spec of this vendor's API — on this session: the same token, the same
    /// host, the vendor's error handling. Resolve it as the vendor API is resolved (keyed by
    /// the session name; unkeyed for the default instance).
    /// </summary>
    /// <param name="generatedSettings">The generated JSON context's settings factory: <c>&lt;Client&gt;JsonContext.CreateRefitSettings</c>.</param>
    /// <param name="configure">Configures the API's HTTP client (handlers, resilience), as for the vendor API.</param>
    public AuthClientBuilder AddApi<TApi>(Func<Refit.RefitSettings> generatedSettings, Action<IHttpClientBuilder>? configure = null)
        where TApi : class
    {
        var api = _registration.AddApi<TApi>(generatedSettings);
        configure?.Invoke(api);
        return this;
    }

    /// <summary>
    /// Coordinates this session's renewals with the other processes holding it (the replicas
    /// of a service) through <paramref name="sharing"/>: one login per expiry for all of them.
    /// Packages such as <c>AuthClients.Redis</c> call this from their own extension
    /// (<c>UseDistributedTokenCache()</c>); call it yourself for a store of your own.
    /// </summary>
    public AuthClientBuilder ShareTokensThrough(Func<IServiceProvider, ITokenSharing> sharing)
    {
        ArgumentNullException.ThrowIfNull(sharing);
        var key = _registration.SessionKey;
        if (Services.Any(d => d.IsKeyedService && Equals(d.ServiceKey, key) && d.ServiceType == typeof(ITokenSharing)))
        {
            throw new InvalidOperationException($"The session '{SessionName}' of {Name} shares its tokens already; call ShareTokensThrough once per session.");
        }

        Services.AddKeyedSingleton(key, (sp, _) => sharing(sp));
        return this;
    }
}
