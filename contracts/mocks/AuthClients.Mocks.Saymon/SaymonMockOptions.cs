namespace AuthClients.Mocks.Saymon;

/// <summary>The SAYMON mock's users (clearly fake demo values).</summary>
public sealed class SaymonMockOptions
{
    public const string AdminId = "5e21b752308c3c66d64e072c";
    public const string ViewerId = "5e21b752308c3c66d64e0700";

    public IList<SaymonMockUser> Users { get; } =
    [
        new(AdminId, "admin", "admin-password", ["manage-objects", "manage-links", "manage-users"]),
        new(ViewerId, "viewer", "viewer-password", ["manage-objects"]),
    ];
}

/// <summary>A SAYMON account of the mock.</summary>
public sealed record SaymonMockUser(string Id, string Login, string Password, IReadOnlyList<string> Permissions)
{
    public bool CanManageUsers => Permissions.Contains("manage-users");
}
