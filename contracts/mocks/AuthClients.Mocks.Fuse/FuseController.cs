using AuthClients.Mocks.Fuse.Generated;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.Mocks.Fuse;

/// <summary>
/// Fuse v5's session and users/me behaviour, on the routes NSwag generated from the spec
/// (<see cref="FuseControllerBase"/>).
/// </summary>
public sealed class FuseController : FuseControllerBase
{
    /// <summary>The header Fuse v5 reads the token from (the doc: "a header called Auth-Token").</summary>
    public const string AuthTokenHeader = "Auth-Token";

    // Resolved per request, not injected: MVC needs a public constructor, and the state is internal.
    private FuseMockState State => HttpContext.RequestServices.GetRequiredService<FuseMockState>();

    /// <summary>
    /// <c>POST /api/v5.0/session</c>: a new token for known credentials, else 401.
    /// </summary>
    /// <remarks>
    /// A missing or malformed body is answered like wrong credentials: the doc (and the spec)
    /// give this endpoint only 200 and 401.
    /// </remarks>
    public override Task<ActionResult<FuseSession>> CreateSession(FuseSessionRequest body, CancellationToken cancellationToken = default)
    {
        var state = State;
        state.Counters.CountLogin();
        var user = ModelState.IsValid ? state.Accounts.FindByCredentials(body?.Login_name, body?.Password) : null;
        if (user is null)
        {
            return Task.FromResult<ActionResult<FuseSession>>(Unauthorized401());
        }

        var token = state.Tokens.Issue(user);
        return Task.FromResult<ActionResult<FuseSession>>(FuseResponses.Session(token, state.Tokens.ExpiresAt(token.IssuedAt)));
    }

    /// <summary>
    /// <c>GET /api/v5.0/users/me</c>: the token's user when the <c>Auth-Token</c> header
    /// holds a current token, else 401 (missing, unknown or rotated token).
    /// </summary>
    public override Task<ActionResult<FuseUser>> GetCurrentUser(CancellationToken cancellationToken = default)
    {
        var state = State;
        state.Counters.CountCurrentUserCall();
        var user = state.Tokens.TryUse(Request.Headers[AuthTokenHeader].ToString());
        return Task.FromResult<ActionResult<FuseUser>>(user is null ? Unauthorized401() : FuseResponses.CurrentUser(user));
    }

    private UnauthorizedObjectResult Unauthorized401()
    {
        State.Counters.CountUnauthorized();
        return Unauthorized(FuseResponses.Unauthorized());
    }
}
