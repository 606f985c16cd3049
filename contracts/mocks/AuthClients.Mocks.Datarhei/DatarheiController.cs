using AuthClients.Mocks.Datarhei.Generated;
using Microsoft.AspNetCore.Mvc;

namespace AuthClients.Mocks.Datarhei;

/// <summary>
/// datarhei Core as our notes read it from Core's source, v16.16.x (docs/vendors/datarhei-core.md): login answers 400 for
/// missing credentials and 401 for wrong ones, both after the brute-force delay; refresh gives
/// an access token only and refuses an access token; /api/v3 needs an unexpired access token.
/// </summary>
public sealed class DatarheiController : DatarheiControllerBase
{
    private const string InvalidJwt = "Missing or invalid JWT token";

    private DatarheiMockState State => HttpContext.RequestServices.GetRequiredService<DatarheiMockState>();

    public override async Task<ActionResult<DatarheiTokenPair>> Login([FromBody] DatarheiLoginRequest? body, CancellationToken cancellationToken = default)
    {
        var state = State;
        state.Counters.Increment("Logins");
        var bearer = Bearer();
        var viaAuth0 = body is null && bearer is not null && state.AcceptsAuth0Token(bearer);
        var viaPassword = body is not null && ModelState.IsValid && body.Username == state.Options.Username && body.Password == state.Options.Password;
        if (viaAuth0 || viaPassword)
        {
            return new DatarheiTokenPair
            {
                Access_token = state.Tokens.Issue("access", state.Options.AccessTokenLifetime),
                Refresh_token = state.Tokens.Issue("refresh", state.Options.RefreshTokenLifetime),
            };
        }

        state.Counters.Increment("FailedLogins");
        // Real time, not the options' clock: tests move that clock to expire tokens, not to skip the brake.
        await Task.Delay(state.Options.FailedLoginDelay, cancellationToken);
        var missing = body is null ? bearer is null : !ModelState.IsValid || string.IsNullOrEmpty(body.Username) || string.IsNullOrEmpty(body.Password);
        return missing
            ? Error(400, "Bad Request", "Missing authorization credentials")
            : Error(401, "Unauthorized", "Invalid authorization credentials: invalid username or password");
    }

    public override async Task<ActionResult<DatarheiAccessToken>> RefreshAccessToken(CancellationToken cancellationToken = default)
    {
        var state = State;
        state.Counters.Increment("Refreshes");
        return await state.Tokens.IsValidAsync(Bearer(), "refresh")
            ? new DatarheiAccessToken { Access_token = state.Tokens.Issue("access", state.Options.AccessTokenLifetime) }
            : Error(401, "Unauthorized", InvalidJwt);
    }

    public override async Task<ActionResult<DatarheiAbout>> GetAbout(CancellationToken cancellationToken = default)
    {
        var about = new DatarheiAbout { App = "datarhei-core", Auths = ["localjwt"], Version = new DatarheiVersion { Number = "16.16.0" } };
        if (await State.Tokens.IsValidAsync(Bearer(), "access"))
        {
            about.AdditionalProperties["id"] = "3bddc061-e534-4315-ab56-95b48c050ec9";
            about.AdditionalProperties["name"] = "demo-core";
            about.AdditionalProperties["created_at"] = "2026-11-24T10:00:00Z";
            about.AdditionalProperties["uptime_seconds"] = 3600;
        }

        return about;
    }

    public override async Task<ActionResult<ICollection<DatarheiFilesystem>>> ListFilesystems(CancellationToken cancellationToken = default)
    {
        var state = State;
        state.Counters.Increment("FsCalls");
        if (!await state.Tokens.IsValidAsync(Bearer(), "access"))
        {
            return Error(401, "Unauthorized", InvalidJwt);
        }

        return new List<DatarheiFilesystem>
        {
            new() { Name = "disk", Type = "disk", Mount = "/" },
            new() { Name = "mem", Type = "mem", Mount = "/memfs" },
        };
    }

    private string? Bearer()
    {
        var header = Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;
    }

    private ObjectResult Error(int status, string message, string detail)
    {
        if (status == 401)
        {
            State.Counters.Increment("Unauthorized");
        }

        return StatusCode(status, new DatarheiError { Code = status, Message = message, Details = [detail] });
    }
}
