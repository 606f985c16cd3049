using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AuthClients.Mocks.Saymon.Generated;
using Microsoft.AspNetCore.Mvc;

namespace AuthClients.Mocks.Saymon;

/// <summary>
/// SAYMON as its documents describe it: Basic-auth token creation (manage-users needed) answered
/// with a JSON string, the api-token query parameter, and {"code","message"} errors whose
/// message is itself JSON.
/// </summary>
public sealed class SaymonController : SaymonControllerBase
{
    private SaymonMockState State => HttpContext.RequestServices.GetRequiredService<SaymonMockState>();

    public override Task<ActionResult<string>> CreateAuthToken([FromRoute] string id, CancellationToken cancellationToken = default)
    {
        var state = State;
        var caller = Caller(state, Request.Headers.Authorization.ToString());
        if (caller is null)
        {
            return Error<string>(401, "InvalidCredentials", Nested(3, "Invalid login or password."));
        }

        if (!caller.CanManageUsers)
        {
            return Error<string>(403, "Forbidden", Nested(4, "Permission denied: manage-users."));
        }

        if (id.Length != 24 || !id.All(Uri.IsHexDigit))
        {
            return Error<string>(400, "BadRequest", "Invalid user id.");
        }

        if (state.FindById(id) is not { } user)
        {
            return Error<string>(404, "NotFound", Nested(5, "User not found."));
        }

        state.Counters.Increment("TokensCreated");
        var token = state.Issue(user);
        // The documented body is the token in double quotes: a JSON string.
        return Task.FromResult<ActionResult<string>>(Content(JsonSerializer.Serialize(token), "application/json"));
    }

    public override Task<ActionResult<SaymonUser>> GetCurrentUser(CancellationToken cancellationToken = default)
    {
        var state = State;
        state.Counters.Increment("CurrentUserCalls");
        if (state.UserOf(Request.Query["api-token"].ToString()) is not { } user)
        {
            return Error<SaymonUser>(401, "Unauthorized", Nested(3, "Invalid API token."));
        }

        return Task.FromResult<ActionResult<SaymonUser>>(new SaymonUser
        {
            Id = user.Id,
            Login = user.Login,
            Status = 2,
            EventFilter = [],
            Permissions = [.. user.Permissions],
            Contacts = [],
        });
    }

    private static SaymonMockUser? Caller(SaymonMockState state, string header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value) || value.Scheme != "Basic" || value.Parameter is null)
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter)).Split(':', 2);
            return pair.Length == 2 ? state.FindByCredentials(pair[0], pair[1]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Nested(int errorCode, string message) =>
        JsonSerializer.Serialize(new SaymonErrorDetail { ErrorCode = errorCode, Message = message });

    private Task<ActionResult<T>> Error<T>(int status, string code, string message)
    {
        if (status == 401)
        {
            State.Counters.Increment("Unauthorized");
        }

        return Task.FromResult<ActionResult<T>>(StatusCode(status, new SaymonError { Code = code, Message = message }));
    }
}
