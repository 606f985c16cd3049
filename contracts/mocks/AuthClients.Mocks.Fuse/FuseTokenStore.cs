namespace AuthClients.Mocks.Fuse;

/// <summary>A token the mock issued (or was told about), and the user it belongs to.</summary>
internal sealed record FuseIssuedToken(string Value, FuseMockUser User, DateTimeOffset IssuedAt);

/// <summary>
/// The current authentication tokens, and their rotation. Fuse v5 tokens rotate: every
/// session gets a new token, a token stops working once rotated, and the documented remedy
/// for the 401 that follows is to call <c>POST /session</c> again.
/// </summary>
/// <remarks>
/// Several tokens may be current at once (one per session), so clients sharing a user do
/// not knock each other out; rotation, by age, by use count or on request, ends them.
/// </remarks>
internal sealed class FuseTokenStore(FuseMockOptions options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (FuseIssuedToken Token, int Uses)> _current = new(StringComparer.Ordinal);
    private readonly List<string> _everIssued = [];
    private readonly List<DateTimeOffset> _issueTimes = [];

    /// <summary>Every token value issued so far, rotated ones included (tests check none leaks).</summary>
    public IReadOnlyList<string> EverIssued
    {
        get
        {
            lock (_lock)
            {
                return [.. _everIssued];
            }
        }
    }

    /// <summary>
    /// When each token was issued, in order: which stretch between two rotations a token served
    /// follows from it, whenever the caller that asked for it counted.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> IssueTimes
    {
        get
        {
            lock (_lock)
            {
                return [.. _issueTimes];
            }
        }
    }

    /// <summary>Issues a fresh random token for a new session.</summary>
    public FuseIssuedToken Issue(FuseMockUser user) => Register(FuseTokenText.NewAuthenticationToken(), user);

    /// <summary>Makes <paramref name="value"/> a current token of <paramref name="user"/> (provider states).</summary>
    public FuseIssuedToken Register(string value, FuseMockUser user)
    {
        FuseIssuedToken token;
        lock (_lock)
        {
            // Dated under the lock, so a token is issued either before a rotation or after it.
            token = new FuseIssuedToken(value, user, options.TimeProvider.GetUtcNow());
            _current[value] = (token, 0);
            _everIssued.Add(value);
            _issueTimes.Add(token.IssuedAt);
        }

        return token;
    }

    /// <summary>When a token issued at <paramref name="issuedAt"/> stops working by age, if it does.</summary>
    public DateTimeOffset? ExpiresAt(DateTimeOffset issuedAt) => issuedAt + options.RotateTokensEvery;

    /// <summary>
    /// Accepts one call made with <paramref name="value"/>: the token's user when it is
    /// current, <see langword="null"/> when it is unknown or rotated.
    /// </summary>
    public FuseMockUser? TryUse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        lock (_lock)
        {
            if (!_current.TryGetValue(value, out var entry))
            {
                return null;
            }

            if (IsRotated(entry.Token, entry.Uses))
            {
                _current.Remove(value);
                return null;
            }

            _current[value] = (entry.Token, entry.Uses + 1);
            return entry.Token.User;
        }
    }

    /// <summary>Ends one token; later calls with it get 401.</summary>
    public void Invalidate(string value)
    {
        lock (_lock)
        {
            _current.Remove(value);
        }
    }

    /// <summary>Ends every current token, as a rotation on Fuse's side does; returns when it did.</summary>
    public DateTimeOffset RotateAll()
    {
        lock (_lock)
        {
            _current.Clear();
            return options.TimeProvider.GetUtcNow();
        }
    }

    /// <summary>The interval (of <see cref="FuseMockOptions.RotateAllTokensEvery"/>) <paramref name="at"/> falls in.</summary>
    public static long Interval(DateTimeOffset at, TimeSpan every) => at.UtcTicks / every.Ticks;

    private bool IsRotated(FuseIssuedToken token, int uses) =>
        (ExpiresAt(token.IssuedAt) is { } expiresAt && options.TimeProvider.GetUtcNow() >= expiresAt)
        || (options.RotateAllTokensEvery is { } every && Interval(options.TimeProvider.GetUtcNow(), every) > Interval(token.IssuedAt, every))
        || (options.RotateTokensAfterUses is { } maxUses && uses >= maxUses);
}
