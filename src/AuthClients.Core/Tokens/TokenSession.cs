using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AuthClients.Core;

/// <summary>
/// The token lifecycle of one credential set: cached in memory, renewed ahead of its expiry,
/// replaced once when the server rejects it. From the renewal point until expiry callers keep
/// the valid token while one renewal runs in the background; a failed one is retried there
/// (backoff with jitter) until the token expires. Only a caller without a valid token waits:
/// however many ask at once, one login (or refresh) runs and they all wait for it; it runs on
/// no caller's cancellation token, so one caller giving up does not cancel it for the others.
/// A refused login is remembered for a backoff window (doubling, capped) during which callers
/// without a valid token get the refusal at once. New credentials drop the token and the
/// backoff, and no caller gets a token of the old ones.
/// </summary>
/// <remarks>
/// Two roles behind one face: the <see cref="TokenCache"/> callers read without a lock, and the
/// <see cref="TokenRenewer"/> that fills it (single flight, backoff, retries, the vendor's
/// endpoint, the sharing coordinator).
/// </remarks>
public sealed class TokenSession : IDisposable
{
    private readonly TimeProvider _time;
    private readonly TokenCache _cache;
    private readonly TokenRenewer _renewer;

    /// <summary>Creates a session over a vendor's <paramref name="endpoint"/>.</summary>
    public TokenSession(ITokenEndpoint endpoint, TokenSessionOptions? options = null, TimeProvider? time = null, ILogger<TokenSession>? logger = null)
        : this(endpoint, options, time, logger, secrets: null)
    {
    }

    internal TokenSession(ITokenEndpoint endpoint, TokenSessionOptions? options, TimeProvider? time, ILogger? logger, SessionSecrets? secrets, SessionTelemetry? telemetry = null, ITokenSharing? sharing = null, SessionIdentity? identity = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _time = time ?? TimeProvider.System;
        _cache = new TokenCache(secrets);
        Telemetry = telemetry ?? SessionTelemetry.Unnamed;
        _renewer = new TokenRenewer(_cache, endpoint, options ?? new TokenSessionOptions(), _time, logger ?? NullLogger.Instance, secrets, Telemetry, sharing, identity);
    }

    /// <summary>Logins attempted so far (for diagnostics and tests).</summary>
    public long Logins => _renewer.Logins;

    /// <summary>Refreshes attempted so far.</summary>
    public long Refreshes => _renewer.Refreshes;

    /// <summary>Where this session's logins, refreshes and re-authentications are reported.</summary>
    internal SessionTelemetry Telemetry { get; }

    /// <summary>A usable token: the cached one, or the result of the one login/refresh in flight.</summary>
    public ValueTask<AuthToken> GetTokenAsync(CancellationToken cancellationToken = default) =>
        TryGetCached(out var token) ? ValueTask.FromResult(token) : _renewer.AcquireAsync(rejected: null, cancellationToken);

    /// <summary>
    /// The hot path of <see cref="GetTokenAsync"/>: the cached token while it is usable (one
    /// volatile read and one clock read, no lock, no allocation); false when a caller must wait
    /// for a login or refresh.
    /// </summary>
    internal bool TryGetCached([NotNullWhen(true)] out AuthToken? token)
    {
        var cached = _cache.Current;
        if (cached is not null)
        {
            var now = _time.GetUtcNow();
            if (now < cached.RenewAt)
            {
                token = cached.Token;
                return true;
            }

            // Past the renewal point but still valid: the caller goes on with it, and the
            // renewal runs in the background.
            if (TokenCache.StillValid(cached, now))
            {
                _renewer.RenewAhead(cached, now);
                token = cached.Token;
                return true;
            }
        }

        token = null;
        return false;
    }

    /// <summary>
    /// The server rejected <paramref name="rejected"/>. If another caller already replaced it,
    /// returns the replacement; otherwise renews once (refresh if possible, else login) for all.
    /// </summary>
    public ValueTask<AuthToken> RenewAfterRejectionAsync(AuthToken rejected, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        return _renewer.AcquireAsync(rejected, cancellationToken);
    }

    /// <summary>
    /// True when the session already holds a usable token other than <paramref name="rejected"/>:
    /// another caller replaced it while this one's request was out, so the replacement was never
    /// tried against whatever ended the rejected one (a server-side revocation can end both).
    /// </summary>
    internal bool HoldsReplacementFor(AuthToken rejected) =>
        _cache.Current is { } cached && !ReferenceEquals(cached.Token, rejected) && TokenCache.Usable(cached, _time.GetUtcNow());

    /// <summary>Forgets the cached token; the next call logs in (or refreshes).</summary>
    public void Invalidate() => _renewer.Invalidate();

    /// <summary>Forgets the token; a session in use afterwards throws <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose() => _renewer.End();

    /// <summary>
    /// New credentials: the token and any remembered refusal are dropped, a login still running
    /// with the old credentials is disowned (its callers wait for a login with the new ones),
    /// and the next call logs in through <paramref name="endpoint"/>.
    /// </summary>
    internal void ReplaceCredentials(ITokenEndpoint endpoint, TokenSessionOptions options, SessionIdentity? identity = null) =>
        _renewer.ReplaceCredentials(endpoint, options, identity);
}
