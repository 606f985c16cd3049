using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AuthClients.Core;

/// <summary>
/// The token lifecycle of one credential set: cached in memory, renewed before it expires,
/// replaced once when the server rejects it. However many callers ask at once, one login (or
/// refresh) runs and they all wait for it; it runs on no caller's cancellation token, so one
/// caller giving up does not cancel it for the others. A refused login is remembered for a
/// backoff window (doubling, capped) during which callers get the refusal at once. New
/// credentials drop the token and the backoff, and no caller gets a token of the old ones.
/// </summary>
public sealed partial class TokenSession : IDisposable
{
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SessionSecrets? _secrets;
    private readonly ITokenSharing? _sharing;
    private readonly SessionTelemetry _telemetry;
    private readonly Lock _gate = new();
    private readonly LoginBackoff _backoff = new();
    private ITokenEndpoint _endpoint;
    private TokenSessionOptions _options;
    private SessionIdentity? _identity;
    private RenewedToken? _cached;
    private RenewedToken? _lastCached; // the rejected token's dates, once _cached is cleared
    private Task<AuthToken>? _inFlight;
    private int _generation;
    private bool _disposed;
    private long _logins;
    private long _refreshes;

    /// <summary>Creates a session over a vendor's <paramref name="endpoint"/>.</summary>
    public TokenSession(ITokenEndpoint endpoint, TokenSessionOptions? options = null, TimeProvider? time = null, ILogger<TokenSession>? logger = null)
        : this(endpoint, options, time, logger, secrets: null)
    {
    }

    internal TokenSession(ITokenEndpoint endpoint, TokenSessionOptions? options, TimeProvider? time, ILogger? logger, SessionSecrets? secrets, SessionTelemetry? telemetry = null, ITokenSharing? sharing = null, SessionIdentity? identity = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _endpoint = endpoint;
        _options = options ?? new TokenSessionOptions();
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _secrets = secrets;
        _sharing = sharing;
        _identity = identity;
        _telemetry = telemetry ?? SessionTelemetry.Unnamed;
    }

    /// <summary>Logins attempted so far (for diagnostics and tests).</summary>
    public long Logins => Interlocked.Read(ref _logins);

    /// <summary>Refreshes attempted so far.</summary>
    public long Refreshes => Interlocked.Read(ref _refreshes);

    /// <summary>Where this session's logins, refreshes and re-authentications are reported.</summary>
    internal SessionTelemetry Telemetry => _telemetry;

    /// <summary>A usable token: the cached one, or the result of the one login/refresh in flight.</summary>
    public ValueTask<AuthToken> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        // The hot path: one volatile read and one clock read, no lock, no allocation.
        var cached = Volatile.Read(ref _cached);
        return cached is not null && _time.GetUtcNow() < cached.RenewAt
            ? ValueTask.FromResult(cached.Token)
            : AcquireAsync(rejected: null, cancellationToken);
    }

    /// <summary>
    /// The server rejected <paramref name="rejected"/>. If another caller already replaced it,
    /// returns the replacement; otherwise renews once (refresh if possible, else login) for all.
    /// </summary>
    public ValueTask<AuthToken> RenewAfterRejectionAsync(AuthToken rejected, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        return AcquireAsync(rejected, cancellationToken);
    }

    /// <summary>
    /// True when the session already holds a usable token other than <paramref name="rejected"/>:
    /// another caller replaced it while this one's request was out, so the replacement was never
    /// tried against whatever ended the rejected one (a server-side revocation can end both).
    /// </summary>
    internal bool HoldsReplacementFor(AuthToken rejected) =>
        Volatile.Read(ref _cached) is { } cached && !ReferenceEquals(cached.Token, rejected) && _time.GetUtcNow() < cached.RenewAt;

    /// <summary>Forgets the cached token; the next call logs in (or refreshes).</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            SetCached(null);
        }
    }

    /// <summary>Forgets the token; a session in use afterwards throws <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _generation++;
            _inFlight = null;
            SetCached(null);
            _lastCached = null;
        }
    }

    /// <summary>
    /// New credentials: the token and any remembered refusal are dropped, a login still running
    /// with the old credentials is disowned (its callers wait for a login with the new ones),
    /// and the next call logs in through <paramref name="endpoint"/>.
    /// </summary>
    internal void ReplaceCredentials(ITokenEndpoint endpoint, TokenSessionOptions options, SessionIdentity? identity = null)
    {
        lock (_gate)
        {
            _endpoint = endpoint;
            _identity = identity ?? _identity;
            _options = options;
            _generation++;
            _inFlight = null;
            _backoff.Reset();
            SetCached(null);
        }

        LogCredentialsChanged(_logger);
    }

    private async ValueTask<AuthToken> AcquireAsync(AuthToken? rejected, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task<AuthToken> renewal;
            int generation;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                var now = _time.GetUtcNow();
                if (rejected is not null && ReferenceEquals(_cached?.Token, rejected))
                {
                    // Never hand out a token the server refused, even if the renewal fails.
                    SetCached(null);
                    LogRejected(_logger);
                }

                if (_cached is { } cached && now < cached.RenewAt)
                {
                    return cached.Token;
                }

                if (_inFlight is not { IsCompleted: false } && _backoff.Current(now) is { } remembered)
                {
                    throw remembered;
                }

                generation = _generation;
                renewal = _inFlight is { IsCompleted: false } running
                    ? running
                    : _inFlight = StartRenewal(_cached ?? Rejected(rejected), _endpoint, generation);
            }

            var token = await renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (Volatile.Read(ref _generation) == generation)
            {
                return token;
            }

            // The credentials changed while that login ran: its token belongs to the old ones.
            rejected = null;
        }
    }

    // Task.Run: the renewal must not run inline on (or be cancelled with) the first caller.
    private Task<AuthToken> StartRenewal(RenewedToken? stale, ITokenEndpoint endpoint, int generation) =>
        Task.Run(() => RenewAsync(stale, endpoint, generation));

    /// <summary>The rejected token as the stale one: the one last cached with its value, or the value alone.</summary>
    private RenewedToken? Rejected(AuthToken? rejected) =>
        rejected is null ? null
        : ReferenceEquals(_lastCached?.Token, rejected) ? _lastCached
        : new RenewedToken(rejected, DateTimeOffset.MinValue, DateTimeOffset.MinValue);

    private async Task<AuthToken> RenewAsync(RenewedToken? stale, ITokenEndpoint endpoint, int generation)
    {
        try
        {
            var fresh = _sharing is { } sharing && Volatile.Read(ref _identity) is { } identity
                ? await sharing.RenewAsync(
                    new TokenSharingRequest { Session = identity, Stale = stale, RenewHere = from => RenewHereAsync(from, endpoint) },
                    CancellationToken.None).ConfigureAwait(false)
                : await RenewHereAsync(stale?.Token, endpoint).ConfigureAwait(false);
            lock (_gate)
            {
                if (generation == _generation)
                {
                    SetCached(fresh);
                    _backoff.Reset();
                    _inFlight = null;
                }
            }

            return fresh.Token;
        }
        catch (AuthenticationFailedException refusal)
        {
            lock (_gate)
            {
                if (generation == _generation)
                {
                    _backoff.Refused(refusal, _time.GetUtcNow(), _options.LoginBackoff, _options.MaxLoginBackoff);
                    _inFlight = null;
                }
            }

            throw;
        }
        catch
        {
            lock (_gate)
            {
                if (generation == _generation)
                {
                    _inFlight = null;
                }
            }

            throw;
        }
    }

    /// <summary>Renews in this process, and dates the token: its default lifetime, its renewal time.</summary>
    private async Task<RenewedToken> RenewHereAsync(AuthToken? stale, ITokenEndpoint endpoint)
    {
        var fresh = await RefreshOrLoginAsync(stale, endpoint).ConfigureAwait(false);
        if (fresh.ExpiresAt is null && _options.DefaultLifetime is { } lifetime)
        {
            fresh = fresh.WithExpiry(_time.GetUtcNow() + lifetime);
        }

        return new RenewedToken(fresh, _time.GetUtcNow(), RenewalTime(fresh));
    }

    private async Task<AuthToken> RefreshOrLoginAsync(AuthToken? stale, ITokenEndpoint endpoint)
    {
        if (stale is not null && endpoint is IRefreshingTokenEndpoint refreshing && refreshing.CanRefresh(stale)
            && (stale.RefreshTokenExpiresAt is not { } refreshExpiry || _time.GetUtcNow() < refreshExpiry))
        {
            Interlocked.Increment(ref _refreshes);
            var refresh = _telemetry.Start(AuthClientsTelemetry.Refresh);
            var started = Stopwatch.GetTimestamp();
            try
            {
                var refreshed = await refreshing.RefreshAsync(stale, CancellationToken.None).ConfigureAwait(false);
                refresh.End();
                var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogRefreshed(_logger, elapsedMs);
                return refreshed;
            }
            catch (Exception ex)
            {
                refresh.End(ex);
                if (ex is not TokenRefreshRejectedException)
                {
                    throw;
                }

                LogRefreshRejected(_logger, ex.Message);
            }
        }

        return await LoginAsync(endpoint).ConfigureAwait(false);
    }

    // One log line per login at Information, whatever its outcome: the token client logs its
    // HTTP exchange at Debug only (README, Resilience: quiet logs).
    private async Task<AuthToken> LoginAsync(ITokenEndpoint endpoint)
    {
        Interlocked.Increment(ref _logins);
        LogLoggingIn(_logger);
        var login = _telemetry.Start(AuthClientsTelemetry.Login);
        var started = Stopwatch.GetTimestamp();
        AuthToken token;
        try
        {
            token = await endpoint.LoginAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            login.End(ex);
            if (_logger.IsEnabled(LogLevel.Warning))
            {
                LogLoginFailed(_logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds, SecretRedactor.Default.RedactText(ex.Message, _secrets?.All()));
            }
            throw;
        }

        login.End();
        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (token.ExpiresAt is { } expiresAt)
        {
            LogLoggedIn(_logger, elapsedMs, expiresAt);
        }
        else
        {
            LogLoggedInUntilRejected(_logger, elapsedMs);
        }

        return token;
    }

    /// <summary>When to renew: the skew before expiry, but never more than a fraction of the lifetime left.</summary>
    private DateTimeOffset RenewalTime(AuthToken token)
    {
        if (token.ExpiresAt is not { } expiresAt)
        {
            return DateTimeOffset.MaxValue;
        }

        var lifetime = expiresAt - _time.GetUtcNow();
        var cap = lifetime > TimeSpan.Zero ? lifetime * TokenSessionOptions.MaxSkewFraction : TimeSpan.Zero;
        return expiresAt - (_options.RefreshSkew < cap ? _options.RefreshSkew : cap);
    }

    // Called under _gate.
    private void SetCached(RenewedToken? cached)
    {
        Volatile.Write(ref _cached, cached);
        _lastCached = cached ?? _lastCached;
        _secrets?.SetToken(cached?.Token);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Logging in")]
    private static partial void LogLoggingIn(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Logged in ({ElapsedMs:0.0} ms); the token is used until {ExpiresAt:O}")]
    private static partial void LogLoggedIn(ILogger logger, double elapsedMs, DateTimeOffset expiresAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Logged in ({ElapsedMs:0.0} ms); the token is used until the server rejects it")]
    private static partial void LogLoggedInUntilRejected(ILogger logger, double elapsedMs);

    // The message is the library's own exception text, masked where it quotes the vendor.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Login failed ({ElapsedMs:0.0} ms): {Reason}")]
    private static partial void LogLoginFailed(ILogger logger, double elapsedMs, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Token refreshed ({ElapsedMs:0.0} ms)")]
    private static partial void LogRefreshed(ILogger logger, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refresh refused ({Reason}); logging in again")]
    private static partial void LogRefreshRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Token rejected by the server; re-authenticating")]
    private static partial void LogRejected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Credentials changed; the token was dropped and the next call logs in with the new ones")]
    private static partial void LogCredentialsChanged(ILogger logger);
}
