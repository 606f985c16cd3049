namespace AuthClients.Core;

/// <summary>How many tenant sessions are kept, for how long an unused one stays, and how their calls are sent.</summary>
public sealed class TenantCacheOptions
{
    /// <summary>Sessions kept at most; the least recently used one is disposed to make room. Default 1,000.</summary>
    public int MaxSessions { get; set; } = 1_000;

    /// <summary>A session unused for this long is disposed (its token forgotten). Default 30 minutes.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Connections open at once to one vendor host, shared by all tenants on it (callers beyond
    /// it queue). Default: unbounded, as <see cref="SocketsHttpHandler"/>'s own default.
    /// </summary>
    public int MaxConnectionsPerServer { get; set; } = int.MaxValue;

    /// <summary>
    /// Retry transient failures of safe API calls, as <see cref="AuthClientBuilder.WithTransientRetries"/>
    /// does for named sessions. Default off; logins and refreshes are never retried.
    /// </summary>
    public bool TransientRetries { get; set; }

    /// <summary>How each tenant's coordinator with the other processes is made, if tenants share their sessions.</summary>
    internal Func<IServiceProvider, ITokenSharing>? Sharing { get; private set; }

    /// <summary>
    /// Shares every tenant's session with the other processes that hold the same one (same
    /// client, tenant, base address and account) through a coordinator <paramref name="sharing"/>
    /// makes per tenant session, as <see cref="AuthClientBuilder.ShareTokensThrough"/> does for a
    /// named session: one login or refresh per expiry for the fleet. The Redis package's
    /// <c>UseDistributedTokenCache()</c> calls it.
    /// </summary>
    public TenantCacheOptions ShareTokensThrough(Func<IServiceProvider, ITokenSharing> sharing)
    {
        ArgumentNullException.ThrowIfNull(sharing);
        Sharing = sharing;
        return this;
    }
}
