namespace AuthClients.Core;

/// <summary>
/// How a vendor logs in. Everything else (caching, single flight, expiry, backoff after a
/// refusal, the retry on 401) belongs to <see cref="TokenSession"/> and
/// <see cref="AuthenticatingHandler"/>; where the token goes is data on the vendor's
/// <see cref="AuthClientDefinition{TOptions}"/>. A vendor that can renew a token without the
/// credentials implements <see cref="IRefreshingTokenEndpoint"/> as well.
/// </summary>
public interface ITokenEndpoint
{
    /// <summary>
    /// Logs in with the configured credentials. Throw <see cref="AuthenticationFailedException"/>
    /// when the vendor refuses them: the session then remembers the refusal for a backoff window.
    /// </summary>
    Task<AuthToken> LoginAsync(CancellationToken cancellationToken);
}

/// <summary>A vendor that renews tokens without the credentials (a refresh token, a refresh call).</summary>
public interface IRefreshingTokenEndpoint : ITokenEndpoint
{
    /// <summary>True when <paramref name="current"/> carries what a refresh needs.</summary>
    bool CanRefresh(AuthToken current);

    /// <summary>
    /// Renews <paramref name="current"/>. Throw <see cref="TokenRefreshRejectedException"/> when the
    /// vendor refuses (expired or revoked refresh token): the session then logs in again.
    /// </summary>
    Task<AuthToken> RefreshAsync(AuthToken current, CancellationToken cancellationToken);
}
