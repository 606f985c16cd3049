namespace AuthClients.Mocks.Fuse;

/// <summary>
/// A user the Fuse mock knows: the credentials <c>POST /session</c> accepts and what the
/// session and <c>GET /users/me</c> answers show about them.
/// </summary>
public sealed class FuseMockUser
{
    /// <summary>The demo user's login name. A made-up value: no real Fuse account.</summary>
    public const string DemoLoginName = "demo.user";

    /// <summary>The demo user's password. A made-up value, known to everyone: never a real secret.</summary>
    public const string DemoPassword = "demo-password";

    /// <summary>Creates a user with the given credentials and the doc's example session fields.</summary>
    public FuseMockUser(string loginName, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(loginName);
        ArgumentNullException.ThrowIfNull(password);
        LoginName = loginName;
        Password = password;
    }

    /// <summary>The demo user every mock starts with (<c>demo.user</c> / <c>demo-password</c>).</summary>
    public static FuseMockUser Demo => new(DemoLoginName, DemoPassword)
    {
        Id = 1001,
        Email = "demo.user@example.invalid",
        FirstName = "Demo",
        LastName = "User",
    };

    /// <summary>The login name (the doc: "username or email address").</summary>
    public string LoginName { get; }

    /// <summary>The password.</summary>
    public string Password { get; }

    /// <summary>The user's id, shown by <c>GET /users/me</c>.</summary>
    public long Id { get; init; } = 1001;

    /// <summary>The e-mail address; also accepted as login name, as the doc allows.</summary>
    public string? Email { get; init; }

    /// <summary>First name, shown by <c>GET /users/me</c>.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name, shown by <c>GET /users/me</c>.</summary>
    public string? LastName { get; init; }

    /// <summary>The session's <c>role</c>; the doc's example is <c>admin</c>.</summary>
    public string Role { get; init; } = "admin";

    /// <summary>The session's <c>administerable_community_ids</c>; the doc's example values.</summary>
    public IReadOnlyList<long> AdministerableCommunityIds { get; init; } = [9, 10, 11];

    /// <summary>The session's <c>admin_group_permissions</c>; the doc's example value.</summary>
    public IReadOnlyList<string> AdminGroupPermissions { get; init; } = ["compliance_reporting"];

    /// <summary>
    /// The session's <c>password_change_required</c>: when true the mock still answers the
    /// login with a token, as the page's example shape does, and the client must not use it.
    /// </summary>
    public bool PasswordChangeRequired { get; init; }

    /// <summary>The session's <c>is_manager</c>; the doc's example value.</summary>
    public bool IsManager { get; init; } = true;

    /// <summary>Whether <paramref name="loginName"/> names this user (login name or e-mail, any case).</summary>
    public bool IsNamed(string loginName) =>
        string.Equals(loginName, LoginName, StringComparison.OrdinalIgnoreCase)
        || (Email is not null && string.Equals(loginName, Email, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The same user with another password and nothing pending (provider states re-register
    /// users, and a verifier that sends no teardown may leave an earlier state's flag behind).
    /// </summary>
    internal FuseMockUser WithPassword(string password) => Copy(password, passwordChangeRequired: false);

    /// <summary>The same user, whose session answers say the password must be changed first.</summary>
    internal FuseMockUser MustChangePassword() => Copy(Password, passwordChangeRequired: true);

    private FuseMockUser Copy(string password, bool passwordChangeRequired) => new(LoginName, password)
    {
        Id = Id,
        Email = Email,
        FirstName = FirstName,
        LastName = LastName,
        Role = Role,
        AdministerableCommunityIds = AdministerableCommunityIds,
        AdminGroupPermissions = AdminGroupPermissions,
        PasswordChangeRequired = passwordChangeRequired,
        IsManager = IsManager,
    };

    /// <summary>Names the user; never shows the password.</summary>
    public override string ToString() => $"{LoginName} (id {Id})";
}
