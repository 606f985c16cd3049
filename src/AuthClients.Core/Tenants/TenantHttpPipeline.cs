using Microsoft.Extensions.Logging;

namespace AuthClients.Core;

/// <summary>
/// The handlers every tenant session of one vendor sends through, as <see cref="SessionPipeline"/>
/// describes them for every session, over one connection pool for all tenants (connections
/// recycled every two minutes so DNS changes are seen, the alternative to IHttpClientFactory's
/// rotation that Microsoft documents). Each tenant puts its own <see cref="AuthenticatingHandler"/>
/// in front; nothing here holds a token.
/// </summary>
internal sealed class TenantHttpPipeline : IDisposable
{
    private readonly SocketsHttpHandler _connections;

    public TenantHttpPipeline(SecretRedactor redactor, ILogger<RedactingLoggingHandler> logger, TimeProvider time, int maxConnectionsPerServer, bool transientRetries)
    {
        _connections = SessionPipeline.Connections(maxConnectionsPerServer, pooledConnectionLifetime: TimeSpan.FromMinutes(2));
        TokenCalls = SessionPipeline.Chain(SessionPipeline.TokenCallHandlers(logger, redactor), _connections);
        ApiCalls = SessionPipeline.Chain(SessionPipeline.ApiCallHandlers(logger, redactor, transientRetries, time), _connections);
    }

    /// <summary>Where login and refresh calls go.</summary>
    public HttpMessageHandler TokenCalls { get; }

    /// <summary>Where API calls go after a tenant's token handler.</summary>
    public HttpMessageHandler ApiCalls { get; }

    public void Dispose()
    {
        // Disposing the outer handlers disposes the connections they share.
        TokenCalls.Dispose();
        ApiCalls.Dispose();
    }
}
