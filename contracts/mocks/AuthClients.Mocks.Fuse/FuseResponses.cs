using AuthClients.Mocks.Fuse.Generated;

namespace AuthClients.Mocks.Fuse;

/// <summary>
/// The bodies the mock answers with, built from the types NSwag generates from the spec, so
/// a renamed or removed field in the spec fails this file's compile.
/// </summary>
internal static class FuseResponses
{
    /// <summary>
    /// The session answer, every field of the doc's example filled in
    /// (success, role, administerable_community_ids, admin_group_permissions, is_manager,
    /// terms_and_conditions_accepted, password_change_required, terms_and_conditions,
    /// password_requirements, the top-level jwt_token, auth_tokens).
    /// </summary>
    public static FuseSession Session(FuseIssuedToken token, DateTimeOffset? expiresAt)
    {
        // A token that never expires by age still gets a JWT exp, as real JWTs carry one.
        var jwt = FuseTokenText.NewJwt(token.User.Id, token.IssuedAt, expiresAt ?? token.IssuedAt.AddDays(30));
        return new()
        {
            Success = true,
            Role = token.User.Role,
            Administerable_community_ids = [.. token.User.AdministerableCommunityIds],
            Admin_group_permissions = [.. token.User.AdminGroupPermissions],
            Is_manager = token.User.IsManager,
            Terms_and_conditions_accepted = true,
            Password_change_required = token.User.PasswordChangeRequired,
            Terms_and_conditions = null,
            Password_requirements = null,
            Jwt_token = jwt,
            Auth_tokens = new FuseAuthTokens
            {
                Jwt_token = jwt,
                User_authentication_token = new FuseUserAuthenticationToken
                {
                    Authentication_token = token.Value,
                    Updated_at = token.IssuedAt.ToUnixTimeSeconds(),
                },
            },
        };
    }

    /// <summary>
    /// The current user. The spec promises only <c>id</c>; the other fields are plausible
    /// extras a client must keep as extension data. Absent values are left out, not null.
    /// </summary>
    public static FuseUser CurrentUser(FuseMockUser user)
    {
        var body = new FuseUser { Id = user.Id };
        body.AdditionalProperties["username"] = user.LoginName;
        AddIfPresent(body.AdditionalProperties, "email", user.Email);
        AddIfPresent(body.AdditionalProperties, "first_name", user.FirstName);
        AddIfPresent(body.AdditionalProperties, "last_name", user.LastName);
        return body;
    }

    /// <summary>The doc's 401 body: <c>{"success": false, "errors": {"base": "Unauthorized 401"}}</c>.</summary>
    public static FuseErrorBody Unauthorized() => new()
    {
        Success = false,
        Errors = new FuseErrors { Base = "Unauthorized 401" },
    };

    private static void AddIfPresent(IDictionary<string, object> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields[name] = value;
        }
    }
}
