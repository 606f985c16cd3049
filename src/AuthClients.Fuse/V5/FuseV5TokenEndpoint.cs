using System.Net;
using AuthClients.Core;

namespace AuthClients.Fuse.V5;

/// <summary>
/// How Fuse v5 hands out tokens: <c>POST /api/v5.0/session</c> with login_name and password;
/// the token is at <c>auth_tokens.user_authentication_token.authentication_token</c>. Fuse
/// rotates tokens and states no expiry, so there is no refresh: a rejected token is replaced
/// by logging in again. An answer flagged <c>password_change_required</c> gives no usable
/// session: the account waits for a person to change its password, so the login is refused.
/// </summary>
internal sealed class FuseV5TokenEndpoint(TokenClients clients, FuseClientOptions options) : ITokenEndpoint
{
    public async Task<AuthToken> LoginAsync(CancellationToken cancellationToken)
    {
        var request = new FuseSessionRequest { LoginName = options.LoginName!, Password = options.Password! };
        try
        {
            var session = await clients.CreateApi<IFuseV5Api>().CreateSessionAsync(request, cancellationToken).ConfigureAwait(false);
            if (session.PasswordChangeRequired == true)
            {
                throw new PasswordChangeRequiredException(FuseDefinitions.VendorName, HttpStatusCode.OK);
            }

            return new AuthToken(session.AuthTokens.UserAuthenticationToken.AuthenticationToken);
        }
        catch (VendorApiException refusal) when (refusal.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new AuthenticationFailedException(refusal);
        }
    }
}
