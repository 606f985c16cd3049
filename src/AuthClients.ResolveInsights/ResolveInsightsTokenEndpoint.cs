using AuthClients.Core;

namespace AuthClients.ResolveInsights;

/// <summary>
/// Resolve Insights' OAuth 2.0 token endpoint: the password grant with the documented client
/// defaults logs in; <c>grant_type=refresh_token</c> (RFC 6749 §6) renews before
/// <c>expires_in</c> runs out, and an <c>invalid_grant</c> answer to it falls back to the
/// password grant. The access token travels as <c>Authorization: Bearer</c>.
/// </summary>
internal sealed class ResolveInsightsTokenEndpoint(TokenClients clients, ResolveInsightsClientOptions options, TimeProvider time) : IRefreshingTokenEndpoint
{
    public async Task<AuthToken> LoginAsync(CancellationToken cancellationToken)
    {
        var request = new ResolveTokenRequest
        {
            GrantType = "password",
            Username = options.Username,
            Password = options.Password,
            ClientId = options.ClientId,
            ClientSecret = options.ClientSecret,
            Scope = options.Scope,
        };
        var sentAt = time.GetUtcNow();
        try
        {
            return ToToken(await clients.CreateApi<IResolveInsightsApi>().CreateTokenAsync(request, cancellationToken).ConfigureAwait(false), sentAt, previousRefreshToken: null);
        }
        catch (VendorApiException refusal) when (refusal.ErrorCode is "invalid_grant" or "invalid_client" or "unauthorized_client")
        {
            throw new AuthenticationFailedException(refusal);
        }
    }

    public bool CanRefresh(AuthToken current) => current.RefreshToken is not null;

    public async Task<AuthToken> RefreshAsync(AuthToken current, CancellationToken cancellationToken)
    {
        var request = new ResolveTokenRequest
        {
            GrantType = "refresh_token",
            RefreshToken = current.RefreshToken,
            ClientId = options.ClientId,
            ClientSecret = options.ClientSecret,
        };
        var sentAt = time.GetUtcNow();
        try
        {
            return ToToken(await clients.CreateApi<IResolveInsightsApi>().CreateTokenAsync(request, cancellationToken).ConfigureAwait(false), sentAt, current.RefreshToken);
        }
        catch (VendorApiException refusal) when (refusal.ErrorCode is "invalid_grant" or "invalid_token" or "invalid_request")
        {
            throw new TokenRefreshRejectedException("Resolve Insights refused the refresh token (" + refusal.ErrorCode + ")", refusal);
        }
    }

    // expires_in counts from when the server answered, which this side only knows to be after
    // the request left: counting from then never believes a token lives longer than it does,
    // however long the answer took to arrive. A refresh answer may omit refresh_token: the one
    // used stays valid (RFC 6749 §6).
    private static AuthToken ToToken(ResolveTokenResponse response, DateTimeOffset sentAt, string? previousRefreshToken) => new(
        response.AccessToken,
        TokenExpiry.FromExpiresIn(response.ExpiresIn, sentAt),
        response.RefreshToken ?? previousRefreshToken);
}
