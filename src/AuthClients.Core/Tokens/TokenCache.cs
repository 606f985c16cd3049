namespace AuthClients.Core;

/// <summary>
/// The token a session serves, read by every call without a lock: one volatile read of one
/// object that carries the token and its renewal point together. Only the
/// <see cref="TokenRenewer"/> writes it, under its lock.
/// </summary>
internal sealed class TokenCache(SessionSecrets? secrets)
{
    private RenewedToken? _current;
    private RenewedToken? _last; // the rejected token's dates, once _current is cleared

    /// <summary>The token served now, or null when there is none (never obtained, rejected, dropped).</summary>
    public RenewedToken? Current => Volatile.Read(ref _current);

    /// <summary>A token before its renewal point, or past it but not yet expired.</summary>
    public static bool Usable(RenewedToken token, DateTimeOffset now) => now < token.RenewAt || StillValid(token, now);

    /// <summary>A token whose expiry is known and not reached: callers may use it while it is renewed.</summary>
    public static bool StillValid(RenewedToken token, DateTimeOffset now) => token.Token.ExpiresAt is { } expiresAt && now < expiresAt;

    /// <summary>
    /// Serves <paramref name="token"/> from now on (null: none); the redactor learns its values.
    /// <paramref name="forgetLast"/> also drops the dates kept of the last one (the session ends).
    /// </summary>
    public void Store(RenewedToken? token, bool forgetLast = false)
    {
        Volatile.Write(ref _current, token);
        _last = forgetLast ? null : token ?? _last;
        secrets?.SetToken(token?.Token);
    }

    /// <summary>The rejected token as the stale one: the one last cached with its value, or the value alone.</summary>
    public RenewedToken? AsStale(AuthToken? rejected) =>
        rejected is null ? null
        : ReferenceEquals(_last?.Token, rejected) ? _last
        : new RenewedToken(rejected, DateTimeOffset.MinValue, DateTimeOffset.MinValue);
}
