namespace AuthClients.Mocks.Fuse;

/// <summary>Everything one running Fuse mock remembers: users, current tokens, counters.</summary>
public sealed class FuseMockState(FuseMockOptions options, FuseCounters counters)
{
    internal FuseAccounts Accounts { get; } = new(options);

    internal FuseTokenStore Tokens { get; } = new(options);

    internal FuseCounters Counters { get; } = counters;

    /// <summary>Users back to the options', no current token, counters at 0.</summary>
    internal void Reset()
    {
        Accounts.Reset();
        Tokens.RotateAll();
        Counters.Reset();
    }
}
