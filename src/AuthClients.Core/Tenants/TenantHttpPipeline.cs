using Microsoft.Extensions.Logging;

namespace AuthClients.Core;

/// <summary>
/// The handlers every tenant session of one vendor sends through: one connection pool for all
/// tenants (connections recycled every two minutes so DNS changes are seen, the alternative to
/// IHttpClientFactory's rotation that Microsoft documents), the vendor's masking logger, no
/// redirects, and, when asked for, the transient retries for API calls only (token calls are never replayed).
/// Each tenant puts its own <see cref="AuthenticatingHandler"/> in front; nothing here holds a
/// token.
/// </summary>
internal sealed class TenantHttpPipeline : IDisposable
{
    private readonly SocketsHttpHandler _connections;

    public TenantHttpPipeline(SecretRedactor redactor, ILogger<RedactingLoggingHandler> logger, TimeProvider time, int maxConnectionsPerServer, bool transientRetries)
    {
        _connections = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            MaxConnectionsPerServer = maxConnectionsPerServer,
        };
        TokenCalls = new RedactingLoggingHandler(logger, redactor) { InnerHandler = _connections, AnsweredLevel = LogLevel.Debug };
        var logged = new RedactingLoggingHandler(logger, redactor) { InnerHandler = _connections };
        if (transientRetries)
        {
            var retries = TransientRetries.Handler(time);
            retries.InnerHandler = logged;
            ApiCalls = retries;
        }
        else
        {
            ApiCalls = logged;
        }
    }

    /// <summary>Where login and refresh calls go: logging, then the connections.</summary>
    public HttpMessageHandler TokenCalls { get; }

    /// <summary>Where API calls go after a tenant's token handler: retries if asked for, logging, the connections.</summary>
    public HttpMessageHandler ApiCalls { get; }

    public void Dispose()
    {
        // Disposing the outer handlers disposes the connections they share.
        TokenCalls.Dispose();
        ApiCalls.Dispose();
    }
}
