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
        try
        {
            return ToToken(await clients.CreateApi<IResolveInsightsApi>().CreateTokenAsync(request, cancellationToken).ConfigureAwait(false), previousRefreshToken: null);
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
        try
        {
            return ToToken(await clients.CreateApi<IResolveInsightsApi>().CreateTokenAsync(request, cancellationToken).ConfigureAwait(false), current.RefreshToken);
        }
        catch (VendorApiException refusal) when (refusal.ErrorCode is "invalid_grant" or "invalid_token" or "invalid_request")
        {
            throw new TokenRefreshRejectedException("Resolve Insights refused the refresh token (" + refusal.ErrorCode + ")", refusal);
        }
    }

    // A refresh answer may omit refresh_token: the one used stays valid (RFC 6749 §6).
    private AuthToken ToToken(ResolveTokenResponse response, string? previousRefreshToken) => new(
        response.AccessToken,
        TokenExpiry.FromExpiresIn(response.ExpiresIn, time.GetUtcNow()),
        response.RefreshToken ?? previousRefreshToken);
}
