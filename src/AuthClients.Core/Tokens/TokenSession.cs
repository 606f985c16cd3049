using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AuthClients.Core;

/// <summary>
/// The token lifecycle of one credential set: cached in memory, renewed before it expires,
/// replaced once when the server rejects it. However many callers ask at once, one login (or
/// refresh) runs and they all wait for it; it runs on no caller's cancellation token, so one
/// caller giving up does not cancel it for the others. A failed login is not cached.
/// </summary>
public sealed partial class TokenSession
{
    private readonly ITokenEndpoint _endpoint;
    private readonly TokenSessionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private AuthToken? _current;
    private Task<AuthToken>? _inFlight;
    private long _logins;
    private long _refreshes;

    /// <summary>Creates a session over a vendor's <paramref name="endpoint"/>.</summary>
    public TokenSession(ITokenEndpoint endpoint, TokenSessionOptions? options = null, TimeProvider? time = null, ILogger<TokenSession>? logger = null)
    {
        _endpoint = endpoint;
        _options = options ?? new TokenSessionOptions();
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Logins performed so far (for diagnostics and tests).</summary>
    public long Logins => Interlocked.Read(ref _logins);

    /// <summary>Refreshes performed so far.</summary>
    public long Refreshes => Interlocked.Read(ref _refreshes);

    /// <summary>A usable token: the cached one, or the result of the one login/refresh in flight.</summary>
    public ValueTask<AuthToken> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        var cached = Volatile.Read(ref _current);
        if (cached is not null && !NeedsRenewal(cached))
        {
            return ValueTask.FromResult(cached);
        }

        Task<AuthToken> renewal;
        lock (_gate)
        {
            if (_current is { } current && !NeedsRenewal(current))
            {
                return ValueTask.FromResult(current);
            }

            renewal = StartOrJoin(_current);
        }

        return new ValueTask<AuthToken>(renewal.WaitAsync(cancellationToken));
    }

    /// <summary>
    /// The server rejected <paramref name="rejected"/>. If another caller already replaced it,
    /// returns the replacement; otherwise renews once (refresh if possible, else login) for all.
    /// </summary>
    public ValueTask<AuthToken> RenewAfterRejectionAsync(AuthToken rejected, CancellationToken cancellationToken = default)
    {
        Task<AuthToken> renewal;
        lock (_gate)
        {
            if (_current is { } current && !ReferenceEquals(current, rejected) && !NeedsRenewal(current))
            {
                return ValueTask.FromResult(current);
            }

            if (ReferenceEquals(_current, rejected))
            {
                // Never hand out a token the server refused, even if the renewal fails.
                _current = null;
            }

            LogRejected(_logger);
            renewal = StartOrJoin(rejected);
        }

        return new ValueTask<AuthToken>(renewal.WaitAsync(cancellationToken));
    }

    /// <summary>The current token values, so error messages can mask them if a server echoes one.</summary>
    internal IEnumerable<string?> CurrentSecrets()
    {
        var current = Volatile.Read(ref _current);
        return current is null ? [] : [current.Value, current.RefreshToken];
    }

    /// <summary>Forgets the cached token; the next call logs in.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _current = null;
        }
    }

    private bool NeedsRenewal(AuthToken token) =>
        token.ExpiresAt is { } expiresAt && _time.GetUtcNow() >= expiresAt - _options.RefreshSkew;

    // Called under _gate.
    private Task<AuthToken> StartOrJoin(AuthToken? stale)
    {
        if (_inFlight is { IsCompleted: false } running)
        {
            return running;
        }

        // Task.Run: the renewal must not run inline on (or be cancelled with) the first caller.
        var renewal = Task.Run(() => RenewAsync(stale));
        _inFlight = renewal;
        return renewal;
    }

    private async Task<AuthToken> RenewAsync(AuthToken? stale)
    {
        try
        {
            var fresh = await RefreshOrLoginAsync(stale).ConfigureAwait(false);
            if (fresh.ExpiresAt is null && _options.DefaultLifetime is { } lifetime)
            {
                fresh = fresh.WithExpiry(_time.GetUtcNow() + lifetime);
            }

            lock (_gate)
            {
                _current = fresh;
                _inFlight = null;
            }

            return fresh;
        }
        catch
        {
            lock (_gate)
            {
                _inFlight = null;
            }

            throw;
        }
    }

    private async Task<AuthToken> RefreshOrLoginAsync(AuthToken? stale)
    {
        var refreshUsable = stale is not null && _endpoint.CanRefresh(stale)
            && (stale.RefreshTokenExpiresAt is not { } refreshExpiry || _time.GetUtcNow() < refreshExpiry - _options.RefreshSkew);
        if (refreshUsable)
        {
            try
            {
                Interlocked.Increment(ref _refreshes);
                var refreshed = await _endpoint.RefreshAsync(stale!, CancellationToken.None).ConfigureAwait(false);
                LogRefreshed(_logger);
                return refreshed;
            }
            catch (TokenRefreshRejectedException ex)
            {
                LogRefreshRejected(_logger, ex.Message);
            }
        }

        Interlocked.Increment(ref _logins);
        LogLoggingIn(_logger);
        var token = await _endpoint.LoginAsync(CancellationToken.None).ConfigureAwait(false);
        if (token.ExpiresAt is { } expiresAt)
        {
            LogLoggedIn(_logger, expiresAt);
        }
        else
        {
            LogLoggedInUntilRejected(_logger);
        }

        return token;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Logging in")]
    private static partial void LogLoggingIn(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Logged in; the token is used until {ExpiresAt:O}")]
    private static partial void LogLoggedIn(ILogger logger, DateTimeOffset expiresAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Logged in; the token is used until the server rejects it")]
    private static partial void LogLoggedInUntilRejected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Token refreshed")]
    private static partial void LogRefreshed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refresh refused ({Reason}); logging in again")]
    private static partial void LogRefreshRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Token rejected by the server; re-authenticating")]
    private static partial void LogRejected(ILogger logger);
}
