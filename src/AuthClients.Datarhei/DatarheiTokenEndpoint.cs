using System.Net;
using System.Net.Http.Headers;
using AuthClients.Core;

namespace AuthClients.Datarhei;

/// <summary>
/// datarhei Core: <c>POST /api/login</c> (JSON username/password, or no body with an Auth0 token
/// as Bearer) gives an access and a refresh JWT; <c>GET /api/login/refresh</c> with the refresh
/// token as Bearer gives a new access token only. Expiry is read from each JWT's exp/exi; when
/// the refresh token has expired or is refused, the session logs in again.
/// </summary>
internal sealed class DatarheiTokenEndpoint(TokenClients clients, DatarheiClientOptions options, TimeProvider time) : ITokenEndpoint
{
    private static readonly TokenPlacement Placement = TokenPlacement.Bearer();

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

        try
        {
            var pair = await clients.CreateApi<IDatarheiApi>(client).LoginAsync(body, cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            return new AuthToken(pair.AccessToken, TokenExpiry.FromJwt(pair.AccessToken, now), pair.RefreshToken, TokenExpiry.FromJwt(pair.RefreshToken, now));
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
        try
        {
            var renewed = await clients.CreateApi<IDatarheiApi>(client).RefreshAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            return new AuthToken(renewed.AccessToken, TokenExpiry.FromJwt(renewed.AccessToken, time.GetUtcNow()), current.RefreshToken, current.RefreshTokenExpiresAt);
        }
        catch (VendorApiException refusal) when (refusal.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new TokenRefreshRejectedException("datarhei Core refused the refresh token", refusal);
        }
    }

    public void Apply(HttpRequestMessage request, AuthToken token) => Placement.Apply(request, token);
}
