using System.Net;
using AuthClients.Core;

namespace AuthClients.Fuse.V4;

/// <summary>
/// Fuse v4.4 and below: <c>POST /api/v4.4/token</c> as multipart form-data answers 201 with
/// <c>auth_token</c>, which then travels as the <c>auth_token</c> query parameter. No expiry is
/// documented and there is no refresh: a rejected token is replaced by a new one.
/// </summary>
internal sealed class FuseV4TokenEndpoint(TokenClients clients, FuseV4ClientOptions options) : ITokenEndpoint
{
    public async Task<AuthToken> LoginAsync(CancellationToken cancellationToken)
    {
        var request = new FuseV4TokenRequest { LoginName = options.LoginName!, Password = options.Password! };
        try
        {
            var token = await clients.CreateApi<IFuseV4Api>().CreateTokenAsync(options.ApiVersion, request, cancellationToken).ConfigureAwait(false);
            return new AuthToken(token.AuthToken);
        }
        catch (VendorApiException refusal) when (refusal.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new AuthenticationFailedException(refusal);
        }
    }
}
