using Microsoft.Extensions.Logging;

namespace AuthClients.Core;

/// <summary>
/// The one description of a session's HTTP pipeline, for named sessions (built through
/// IHttpClientFactory) and runtime tenants (built by hand over one shared connection pool) alike.
/// API calls: the session's <see cref="AuthenticatingHandler"/>, then the transient retries when
/// asked for (so each attempt is logged), then the masking logger, then the connections. Token
/// calls: the masking logger (answers at Debug: the session writes its own line per login), then
/// the connections; no token handler (a login needs no token) and no retry (a replayed login
/// could lock the account). The connections follow no redirect: a redirect must not carry
/// credentials to another host.
/// </summary>
internal static class SessionPipeline
{
    /// <summary>The handlers between an API call's <see cref="AuthenticatingHandler"/> and the connections, outermost first.</summary>
    public static IEnumerable<DelegatingHandler> ApiCallHandlers(ILogger<RedactingLoggingHandler> logger, SecretRedactor redactor, bool transientRetries, TimeProvider? time)
    {
        if (transientRetries)
        {
            yield return TransientRetries.Handler(time);
        }

        yield return new RedactingLoggingHandler(logger, redactor);
    }

    /// <summary>The handlers of a token call before the connections, outermost first.</summary>
    public static IEnumerable<DelegatingHandler> TokenCallHandlers(ILogger<RedactingLoggingHandler> logger, SecretRedactor redactor)
    {
        yield return new RedactingLoggingHandler(logger, redactor) { AnsweredLevel = LogLevel.Debug };
    }

    /// <summary>
    /// The connections. <paramref name="pooledConnectionLifetime"/> recycles them (for a pool that
    /// lives as long as the application, so DNS changes are seen; IHttpClientFactory rotates its own).
    /// </summary>
    public static SocketsHttpHandler Connections(int maxConnectionsPerServer = int.MaxValue, TimeSpan? pooledConnectionLifetime = null) => new()
    {
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = maxConnectionsPerServer,
        PooledConnectionLifetime = pooledConnectionLifetime ?? Timeout.InfiniteTimeSpan,
    };

    /// <summary>Chains <paramref name="handlers"/> (outermost first) in front of <paramref name="inner"/>; returns the outermost.</summary>
    public static HttpMessageHandler Chain(IEnumerable<DelegatingHandler> handlers, HttpMessageHandler inner)
    {
        var outermost = inner;
        foreach (var handler in handlers.Reverse())
        {
            handler.InnerHandler = outermost;
            outermost = handler;
        }

        return outermost;
    }

    /// <summary>Puts <paramref name="handlers"/> right after the <see cref="AuthenticatingHandler"/> in an IHttpClientFactory handler list.</summary>
    public static void InsertAfterAuthentication(IList<DelegatingHandler> handlers, IEnumerable<DelegatingHandler> inserted)
    {
        var index = 0;
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is AuthenticatingHandler)
            {
                index = i + 1;
            }
        }

        foreach (var handler in inserted)
        {
            handlers.Insert(index++, handler);
        }
    }
}
