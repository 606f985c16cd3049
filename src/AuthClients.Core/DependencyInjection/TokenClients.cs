namespace AuthClients.Core;

/// <summary>
/// What a vendor's <see cref="ITokenEndpoint"/> calls the token endpoints with: plain clients on
/// the session's base address, with its error handling and logging, but without the token
/// handler (a login must not need a token) and without retries (a replayed login could lock
/// the account).
/// </summary>
public sealed class TokenClients
{
    private readonly Func<HttpClient> _createHttpClient;
    private readonly Refit.RefitSettings _settings;

    internal TokenClients(Func<HttpClient> createHttpClient, Refit.RefitSettings settings)
    {
        _createHttpClient = createHttpClient;
        _settings = settings;
    }

    /// <summary>A new client; set per-call credentials (Basic, a refresh token as Bearer) on its default headers.</summary>
    public HttpClient CreateHttpClient() => _createHttpClient();

    /// <summary>The generated API over <paramref name="client"/> (a new plain client when null).</summary>
    public TApi CreateApi<TApi>(HttpClient? client = null)
        where TApi : class => Refit.RestService.ForGenerated<TApi>(client ?? _createHttpClient(), _settings);
}
