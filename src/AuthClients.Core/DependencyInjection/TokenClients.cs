namespace AuthClients.Core;

/// <summary>
/// What a vendor's <see cref="ITokenEndpoint"/> calls the token endpoints with: plain clients on
/// the same base address and with the same error handling as the API, but without the token
/// handler (a login must not need a token).
/// </summary>
public sealed class TokenClients
{
    private readonly Func<HttpClient> _createHttpClient;
    private readonly Func<Refit.RefitSettings> _settings;

    internal TokenClients(Func<HttpClient> createHttpClient, Func<Refit.RefitSettings> settings)
    {
        _createHttpClient = createHttpClient;
        _settings = settings;
    }

    /// <summary>A new client; set per-call credentials (Basic, a refresh token as Bearer) on its default headers.</summary>
    public HttpClient CreateHttpClient() => _createHttpClient();

    /// <summary>The generated API over <paramref name="client"/> (a new plain client when null).</summary>
    public TApi CreateApi<TApi>(HttpClient? client = null)
        where TApi : class => Refit.RestService.ForGenerated<TApi>(client ?? _createHttpClient(), _settings());
}
