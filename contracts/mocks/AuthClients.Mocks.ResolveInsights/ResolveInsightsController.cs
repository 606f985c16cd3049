using AuthClients.Mocks.ResolveInsights.Generated;
using Microsoft.AspNetCore.Mvc;

namespace AuthClients.Mocks.ResolveInsights;

/// <summary>
/// Resolve Insights' OAuth 2.0 endpoint as a Spring OAuth2 server answers: client check first,
/// then the password or refresh grant; RFC 6749 §5.2 errors. Tokens are never echoed whole.
/// </summary>
public sealed class ResolveInsightsController : ResolveInsightsControllerBase
{
    private ResolveMockState State => HttpContext.RequestServices.GetRequiredService<ResolveMockState>();

    // The spec's body is application/x-www-form-urlencoded; NSwag declares it FromBody, so the
    // form is read here instead of through model binding.
    [Consumes("application/x-www-form-urlencoded")]
    public override async Task<ActionResult<ResolveTokenResponse>> CreateToken([FromForm] ResolveTokenRequest body, CancellationToken cancellationToken = default)
    {
        var state = State;
        var form = await Request.ReadFormAsync(cancellationToken);
        if (form["client_id"] != state.Options.ClientId || form["client_secret"] != state.Options.ClientSecret)
        {
            return Error(401, "invalid_client", "Bad client credentials");
        }

        switch (form["grant_type"].ToString())
        {
            case "password":
                state.Counters.Increment("PasswordGrants");
                if (string.IsNullOrEmpty(form["username"]) || string.IsNullOrEmpty(form["password"]))
                {
                    return Error(400, "invalid_request", "Missing grant parameters");
                }

                return form["username"] == state.Options.Username && form["password"] == state.Options.Password
                    ? await Token(state, state.IssueRefresh())
                    : Error(400, "invalid_grant", "Bad credentials");
            case "refresh_token":
                state.Counters.Increment("RefreshGrants");
                var refresh = form["refresh_token"].ToString();
                return state.TrySpendRefresh(refresh)
                    ? await Token(state, state.Options.SingleUseRefreshTokens ? state.IssueRefresh() : refresh)
                    : Error(400, "invalid_grant", "Invalid refresh token: " + (refresh.Length > 4 ? refresh[..4] : refresh) + "…");
            default:
                return Error(400, "unsupported_grant_type", "Unsupported grant type: " + form["grant_type"]);
        }
    }

    public override Task<ActionResult<ResolveUserDetail>> GetLoggedInUserDetail(CancellationToken cancellationToken = default)
    {
        var state = State;
        state.Counters.Increment("DetailCalls");
        var header = Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;
        if (!state.IsAccessValid(token))
        {
            return Task.FromResult<ActionResult<ResolveUserDetail>>(Error(401, "invalid_token", "Invalid access token"));
        }

        return Task.FromResult<ActionResult<ResolveUserDetail>>(new ResolveUserDetail
        {
            Name = "Demo User",
            FirstName = "Demo",
            LastName = "User",
            MiddleName = "Q",
            Email = state.Options.Username,
            EmailAddress = state.Options.Username,
            Phone = "+1 555 0100",
            CreatedBy = "admin",
            LastUpdatedBy = "admin",
            UserType = "LOCAL",
            AuthenticationType = "DB",
            DefaultOrg = "1:Demo Org",
            DefaultSite = ["\"1:Demo Org\":\"1:Demo Site\""],
            LastUserUpdateTime = "2026-11-20T09:30:00.000Z",
            LastLoginTime = "2026-11-24T10:00:00.000Z",
            Group = "admin",
            OrgPrivilegeMap = new Dictionary<string, object> { ["1:Demo Org"] = new Dictionary<string, string[]> { ["1:Demo Site"] = ["VIEW", "EDIT"] } },
        });
    }

    private async Task<ActionResult<ResolveTokenResponse>> Token(ResolveMockState state, string refreshToken)
    {
        var answer = Answer(state, refreshToken);
        if (state.Options.DelayTokenAnswer is { } delay)
        {
            await delay();
        }

        return answer;
    }

    private OkObjectResult Answer(ResolveMockState state, string refreshToken) => Ok(new ResolveTokenResponse
    {
        Access_token = state.IssueAccess(),
        Token_type = "bearer",
        Refresh_token = refreshToken,
        Expires_in = (long)state.Options.AccessTokenLifetime.TotalSeconds,
        Scope = "read write trust",
        User = new Dictionary<string, object> { ["username"] = state.Options.Username, ["id"] = 42 },
        Jti = Guid.NewGuid().ToString(),
    });

    private ObjectResult Error(int status, string error, string description)
    {
        if (status == 401)
        {
            State.Counters.Increment("Unauthorized");
        }

        return StatusCode(status, new OAuthError { Error = error, Error_description = description });
    }
}
