using AuthClients.Core;

namespace AuthClients.Core.Tests.Fakes;

/// <summary>
/// A vendor endpoint that counts logins and refreshes. Logins wait on <see cref="Gate"/> (and
/// refreshes on <see cref="RefreshGate"/>) when it is set, so tests can pile callers up behind
/// one renewal; <see cref="Answering"/> runs while it answers (a test advances its fake clock
/// there to make the vendor slow).
/// </summary>
internal sealed class FakeTokenEndpoint(TimeProvider? time = null) : IRefreshingTokenEndpoint
{
    private int _logins;
    private int _refreshes;

    public int Logins => Volatile.Read(ref _logins);

    public int Refreshes => Volatile.Read(ref _refreshes);

    public TaskCompletionSource? Gate { get; set; }

    public Func<int, Exception?> FailLogin { get; set; } = _ => null;

    public TaskCompletionSource? RefreshGate { get; set; }

    public Func<int, Exception?> FailRefresh { get; set; } = _ => null;

    public Action? Answering { get; set; }

    public TimeSpan? Lifetime { get; set; }

    public bool RefreshSupported { get; set; }

    public bool RejectRefresh { get; set; }

    public string TokenPrefix { get; set; } = "token-";

    public async Task<AuthToken> LoginAsync(CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _logins);
        if (Gate is { } gate)
        {
            await gate.Task;
        }

        Answering?.Invoke();
        if (FailLogin(n) is { } failure)
        {
            throw failure;
        }

        return new AuthToken(TokenPrefix + n, Expiry(), RefreshSupported ? "refresh-" + n : null);
    }

    public bool CanRefresh(AuthToken current) => RefreshSupported && current.RefreshToken is not null;

    public async Task<AuthToken> RefreshAsync(AuthToken current, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _refreshes);
        if (RefreshGate is { } gate)
        {
            await gate.Task;
        }

        Answering?.Invoke();
        if (RejectRefresh)
        {
            throw new TokenRefreshRejectedException("invalid_grant");
        }

        if (FailRefresh(n) is { } failure)
        {
            throw failure;
        }

        return new AuthToken("refreshed-" + n, Expiry(), current.RefreshToken);
    }

    private DateTimeOffset? Expiry() => Lifetime is { } lifetime ? (time ?? TimeProvider.System).GetUtcNow() + lifetime : null;
}
