namespace AuthClients.Mocks.Fuse;

/// <summary>Everything one running Fuse mock remembers: users, current tokens, counters.</summary>
internal sealed class FuseMockState(FuseMockOptions options, FuseCounters counters)
{
    public FuseAccounts Accounts { get; } = new(options);

    public FuseTokenStore Tokens { get; } = new(options);

    public FuseCounters Counters { get; } = counters;

    /// <summary>Users back to the options', no current token, counters at 0.</summary>
    public void Reset()
    {
        Accounts.Reset();
        Tokens.RotateAll();
        Counters.Reset();
    }
}
