using System.Text.RegularExpressions;
using AuthClients.Mocks.FuseV4.Generated;
using Microsoft.AspNetCore.Mvc;

namespace AuthClients.Mocks.FuseV4;

/// <summary>
/// Fuse Universal v4.4 and below as its pages describe it (docs/vendors/fuse-universal.md): a multipart token
/// call answered 201 Created, then the token as the auth_token query parameter; errors in the
/// v5 shape <c>{"success": false, "errors": {"base": "..."}}</c>.
/// </summary>
public sealed partial class FuseV4Controller : FuseV4ControllerBase
{
    private FuseV4MockState State => HttpContext.RequestServices.GetRequiredService<FuseV4MockState>();

    public override Task<ActionResult<FuseV4Token>> CreateToken([FromRoute] string version, [FromForm] string? login_name, [FromForm] string? password, CancellationToken cancellationToken = default)
    {
        var state = State;
        state.Counters.Increment("Logins");
        if (!IsV4(version))
        {
            return Task.FromResult<ActionResult<FuseV4Token>>(NotFound());
        }

        // The document sends form-data; a JSON or urlencoded body is a client that read it wrong.
        if (Request.ContentType is not { } type || !type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult<ActionResult<FuseV4Token>>(StatusCode(StatusCodes.Status415UnsupportedMediaType));
        }

        if (state.FindByCredentials(login_name, password) is not { } user)
        {
            return Task.FromResult<ActionResult<FuseV4Token>>(Unauthorized401(state));
        }

        return Task.FromResult<ActionResult<FuseV4Token>>(StatusCode(StatusCodes.Status201Created, new FuseV4Token { Auth_token = state.Issue(user) }));
    }

    public override Task<ActionResult<FuseV4User>> GetCurrentUser([FromRoute] string version, CancellationToken cancellationToken = default)
    {
        var state = State;
        state.Counters.Increment("CurrentUserCalls");
        if (!IsV4(version))
        {
            return Task.FromResult<ActionResult<FuseV4User>>(NotFound());
        }

        return Task.FromResult<ActionResult<FuseV4User>>(state.UserOf(Request.Query["auth_token"].ToString()) is { } user
            ? new FuseV4User { Id = user.Id }
            : Unauthorized401(state));
    }

    private UnauthorizedObjectResult Unauthorized401(FuseV4MockState state)
    {
        state.Counters.Increment("Unauthorized");
        return Unauthorized(new FuseV4ErrorBody { Success = false, Errors = new FuseV4Errors { Base = "Unauthorized 401" } });
    }

    // The spec's pattern for the version segment; v5 paths belong to the other mock.
    private static bool IsV4(string version) => VersionPattern().IsMatch(version);

    [GeneratedRegex("^v4\\.[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
