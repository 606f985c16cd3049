using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace AuthClients.Core;

/// <summary>
/// The handlers every tenant session of one vendor sends through: one connection pool for all
/// tenants (connections recycled every two minutes so DNS changes are seen, the alternative to
/// IHttpClientFactory's rotation that Microsoft documents), the vendor's masking logger, no
/// redirects, and the transient retries for API calls only (token calls are never replayed).
/// Each tenant puts its own <see cref="AuthenticatingHandler"/> in front; nothing here holds a
/// token.
/// </summary>
internal sealed class TenantHttpPipeline : IDisposable
{
    private readonly SocketsHttpHandler _connections;

    public TenantHttpPipeline(SecretRedactor redactor, ILogger<RedactingLoggingHandler> logger, TimeProvider time, int maxConnectionsPerServer)
    {
        _connections = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            MaxConnectionsPerServer = maxConnectionsPerServer,
        };
        TokenCalls = new RedactingLoggingHandler(logger, redactor) { InnerHandler = _connections };
        var retries = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(TransientRetries.Strategy())
            .Build();
        ApiCalls = new ResilienceHandler(retries) { InnerHandler = new RedactingLoggingHandler(logger, redactor) { InnerHandler = _connections } };
    }

    /// <summary>Where login and refresh calls go: logging, then the connections.</summary>
    public HttpMessageHandler TokenCalls { get; }

    /// <summary>Where API calls go after a tenant's token handler: retries, logging, the connections.</summary>
    public HttpMessageHandler ApiCalls { get; }

    public void Dispose()
    {
        // Disposing the outer handlers disposes the connections they share.
        TokenCalls.Dispose();
        ApiCalls.Dispose();
    }
}
