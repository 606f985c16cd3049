using System.Net;
using AuthClients.Core;

namespace AuthClients.Fuse.V4;

/// <summary>
/// Fuse v4.4 and below: <c>POST /api/v4.4/token</c> as multipart form-data answers 201 with
/// <c>auth_token</c>, which then travels as the <c>auth_token</c> query parameter. No expiry is
/// documented and there is no refresh: a rejected token is replaced by a new one.
/// </summary>
internal sealed class FuseV4TokenEndpoint(Func<HttpClient?, IFuseV4Api> tokenApi, FuseV4ClientOptions options) : ITokenEndpoint
{
    private static readonly TokenPlacement Placement = TokenPlacement.Query("auth_token");

    public async Task<AuthToken> LoginAsync(CancellationToken cancellationToken)
    {
        var request = new FuseV4TokenRequest { LoginName = options.LoginName!, Password = options.Password! };
        try
        {
            var token = await tokenApi(null).CreateTokenAsync(options.ApiVersion, request, cancellationToken).ConfigureAwait(false);
            return new AuthToken(token.AuthToken);
        }
        catch (VendorApiException refusal) when (refusal.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new AuthenticationFailedException(refusal);
        }
    }

    public bool CanRefresh(AuthToken current) => false;

    public Task<AuthToken> RefreshAsync(AuthToken current, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Fuse v4 has no refresh: a new token replaces a rejected one.");

    public void Apply(HttpRequestMessage request, AuthToken token) => Placement.Apply(request, token);
}
