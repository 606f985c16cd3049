namespace AuthClients.Core;

/// <summary>
/// What a vendor supplies to the token lifecycle: how to log in, how to renew, and where the
/// token goes on a request. Everything else (caching, single-flight, expiry, retry on 401)
/// is <see cref="TokenSession"/>'s and <see cref="AuthenticatingHandler"/>'s job.
/// </summary>
public interface ITokenEndpoint
{
    /// <summary>Logs in with the configured credentials.</summary>
    Task<AuthToken> LoginAsync(CancellationToken cancellationToken);

    /// <summary>True when <paramref name="current"/> can be renewed without logging in again.</summary>
    bool CanRefresh(AuthToken current);

    /// <summary>
    /// Renews <paramref name="current"/>. Throw <see cref="TokenRefreshRejectedException"/> when the
    /// vendor refuses (expired or revoked refresh token): the session then logs in again.
    /// </summary>
    Task<AuthToken> RefreshAsync(AuthToken current, CancellationToken cancellationToken);

    /// <summary>Puts the token on a request (header, bearer or query parameter), replacing any earlier one.</summary>
    void Apply(HttpRequestMessage request, AuthToken token);
}
