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
    /// The token is current (for the demo user, or <see cref="LoginNameParameter"/>).
    /// Param: <see cref="TokenParameter"/>; without it, the doc's example token.
    /// </summary>
    public const string ValidTokenExists = "a valid authentication token RVt-k4zQJRyMBx3L exists";

    /// <summary>
    /// The token no longer works. Param: <see cref="TokenParameter"/>; without it, every
    /// current token is rotated out.
    /// </summary>
    public const string TokenExpired = "the authentication token has expired";

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

    /// <summary>Param: the exact token value.</summary>
    public const string TokenParameter = "token";

    /// <summary>The doc's example token, used when a state gives no <see cref="TokenParameter"/>.</summary>
    public const string ExampleToken = "RVt-k4zQJRyMBx3L";
}
