namespace AuthClients.Mocks.Fuse;

/// <summary>The users the mock accepts at <c>POST /session</c>; starts as the options say.</summary>
internal sealed class FuseAccounts(FuseMockOptions options)
{
    private readonly Lock _lock = new();
    private List<FuseMockUser> _users = [.. options.Users];

    /// <summary>The user with exactly these credentials, or <see langword="null"/>.</summary>
    public FuseMockUser? FindByCredentials(string? loginName, string? password)
    {
        if (string.IsNullOrEmpty(loginName) || password is null)
        {
            return null;
        }

        lock (_lock)
        {
            return _users.Find(u => u.IsNamed(loginName) && string.Equals(u.Password, password, StringComparison.Ordinal));
        }
    }

    /// <summary>The user with this login name, or <see langword="null"/>.</summary>
    public FuseMockUser? FindByLoginName(string loginName)
    {
        lock (_lock)
        {
            return _users.Find(u => u.IsNamed(loginName));
        }
    }

    /// <summary>Adds <paramref name="user"/>, replacing any user of the same login name.</summary>
    public void AddOrReplace(FuseMockUser user)
    {
        lock (_lock)
        {
            _users.RemoveAll(u => u.IsNamed(user.LoginName));
            _users.Add(user);
        }
    }

    /// <summary>The next free user id, so users added by provider states do not share one.</summary>
    public long NextId()
    {
        lock (_lock)
        {
            return _users.Count == 0 ? 1001 : _users.Max(u => u.Id) + 1;
        }
    }

    /// <summary>Back to the users of the options.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _users = [.. options.Users];
        }
    }
}
