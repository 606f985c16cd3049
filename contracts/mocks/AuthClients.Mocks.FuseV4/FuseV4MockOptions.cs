namespace AuthClients.Mocks.FuseV4;

/// <summary>The Fuse v4 mock's accounts (clearly fake demo values, the same as the v5 mock's).</summary>
public sealed class FuseV4MockOptions
{
    public const string DemoLoginName = "demo.user";
    public const string DemoPassword = "demo-password";
    public const long DemoUserId = 1001;

    public IList<FuseV4MockUser> Users { get; } = [new(DemoUserId, DemoLoginName, DemoPassword)];
}

/// <summary>A Fuse v4 account of the mock.</summary>
public sealed record FuseV4MockUser(long Id, string LoginName, string Password)
{
    /// <summary>Redacts the password, so a test failure message never prints it.</summary>
    public override string ToString() => $"FuseV4MockUser {{ Id = {Id}, LoginName = {LoginName} }}";
}
