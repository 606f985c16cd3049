using System.Net;
using System.Net.Http.Headers;
using AuthClients.Core;

namespace AuthClients.Datarhei;

/// <summary>
/// datarhei Core: <c>POST /api/login</c> (JSON username/password, or no body with an Auth0 token
/// as Bearer) gives an access and a refresh JWT; <c>GET /api/login/refresh</c> with the refresh
/// token as Bearer gives a new access token only. When the refresh token has expired or is
/// refused, the session logs in again.
/// </summary>
internal sealed class DatarheiTokenEndpoint(TokenClients clients, DatarheiClientOptions options, TimeProvider time) : IRefreshingTokenEndpoint
{
    public async Task<AuthToken> LoginAsync(CancellationToken cancellationToken)
    {
        var client = clients.CreateHttpClient();
        DatarheiLoginRequest? body = null;
        if (!string.IsNullOrEmpty(options.Username) && !string.IsNullOrEmpty(options.Password))
        {
            body = new DatarheiLoginRequest { Username = options.Username, Password = options.Password };
        }
        else
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Auth0AccessToken);
        }

        var sentAt = time.GetUtcNow();
        try
        {
            var pair = await clients.CreateApi<IDatarheiApi>(client).LoginAsync(body, cancellationToken).ConfigureAwait(false);
            return new AuthToken(pair.AccessToken, Expiry(pair.AccessToken, sentAt), pair.RefreshToken, Expiry(pair.RefreshToken, sentAt));
        }
        catch (VendorApiException refusal) when (refusal.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden)
        {
            throw new AuthenticationFailedException(refusal);
        }
    }

    public bool CanRefresh(AuthToken current) => current.RefreshToken is not null;

    public async Task<AuthToken> RefreshAsync(AuthToken current, CancellationToken cancellationToken)
    {
        var client = clients.CreateHttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", current.RefreshToken);
        var sentAt = time.GetUtcNow();
        try
        {
            var renewed = await clients.CreateApi<IDatarheiApi>(client).RefreshAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            return new AuthToken(renewed.AccessToken, Expiry(renewed.AccessToken, sentAt), current.RefreshToken, current.RefreshTokenExpiresAt);
        }
        catch (VendorApiException refusal) when (refusal.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new TokenRefreshRejectedException("datarhei Core refused the refresh token", refusal);
        }
    }

    /// <summary>
    /// The JWT's <c>exp</c>, else <c>iat</c> + <c>exi</c> (the Core's own "seconds until expiry"
    /// claim), else <paramref name="sentAt"/> + <c>exi</c> (the request's departure: the token
    /// was issued after it, so the expiry is never believed later than it is).
    /// </summary>
    internal static DateTimeOffset? Expiry(string jwt, DateTimeOffset sentAt)
    {
        if (TokenExpiry.FromJwt(jwt) is { } exp)
        {
            return exp;
        }

        if (TokenExpiry.NumericClaim(jwt, "exi") is not { } exi || exi <= 0)
        {
            return null;
        }

        var start = TokenExpiry.NumericClaim(jwt, "iat") is { } iat && iat > 0 ? DateTimeOffset.FromUnixTimeSeconds(iat) : sentAt;
        return start.AddSeconds(exi);
    }
}
