namespace AuthClients.Mocks.Fuse;

/// <summary>
/// The provider state names the Fuse consumer tests give in <c>Given(...)</c>, and their
/// parameter names. The verifier sends them back to <c>POST /provider-states</c> verbatim,
/// so a name here and in a pact must match character for character.
/// </summary>
public static class FuseProviderStates
{
    /// <summary>
    /// A user exists. Params (optional): <see cref="LoginNameParameter"/>,
    /// <see cref="PasswordParameter"/>; without them, the demo user.
    /// </summary>
    public const string UserExists = "a user demo.user with password demo-password exists";

    /// <summary>
    /// The user (the demo user, or <see cref="LoginNameParameter"/>) holds a token Fuse issued and
    /// still accepts. Returns <see cref="AuthTokenValue"/>.
    /// </summary>
    public const string ValidTokenExists = "demo.user holds a valid authentication token";

    /// <summary>
    /// The user holds a token Fuse issued and has since rotated out (401 from then on).
    /// Returns <see cref="AuthTokenValue"/>.
    /// </summary>
    public const string TokenExpired = "demo.user holds an expired authentication token";

    /// <summary>The key of the token in the state-change response, as the pact's expressions name it.</summary>
    public const string AuthTokenValue = "authToken";

    /// <summary>
    /// A user exists whose session answers carry <c>password_change_required: true</c>. Params
    /// (optional): <see cref="LoginNameParameter"/>, <see cref="PasswordParameter"/>; without
    /// them, the demo user.
    /// </summary>
    public const string UserMustChangePassword = "a user demo.user with password demo-password must change the password";

    /// <summary>Param: the login name of the user to create or to own the token.</summary>
    public const string LoginNameParameter = "login_name";

    /// <summary>Param: the password of the user to create.</summary>
    public const string PasswordParameter = "password";
}
