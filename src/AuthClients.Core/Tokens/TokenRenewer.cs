using Microsoft.Extensions.Logging;

namespace AuthClients.Core;

/// <summary>
/// The renewer of a session's token: single flight (one login or refresh however many callers
/// wait), renewal ahead of expiry in the background with retries (backoff with jitter) until
/// the token in use expires, the remembered refusal, the vendor's endpoint, and the sharing
/// coordinator when replicas share the session. It writes the <see cref="TokenCache"/> (under
/// its lock); callers read that without one.
/// </summary>
internal sealed partial class TokenRenewer
{
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SessionSecrets? _secrets;
    private readonly ITokenSharing? _sharing;
    private readonly SessionTelemetry _telemetry;
    private readonly Lock _gate = new();
    private readonly LoginBackoff _backoff = new();
    private readonly TokenCache _cache;
    private readonly VendorTokenCalls _calls;
    private ITokenEndpoint _endpoint;
    private TokenSessionOptions _options;
    private SessionIdentity? _identity;
    private Task<AuthToken>? _inFlight;
    private CancellationTokenSource? _retryWait; // the pause of a background renewal between attempts
    private long _answerTicks; // how long the vendor took to renew, decaying: sets the renewal point
    private int _generation;
    private bool _disposed;

    public TokenRenewer(TokenCache cache, ITokenEndpoint endpoint, TokenSessionOptions options, TimeProvider time, ILogger logger, SessionSecrets? secrets, SessionTelemetry telemetry, ITokenSharing? sharing, SessionIdentity? identity)
    {
        _cache = cache;
        _endpoint = endpoint;
        _options = options;
        _time = time;
        _logger = logger;
        _secrets = secrets;
        _sharing = sharing;
        _identity = identity;
        _telemetry = telemetry;
        _calls = new VendorTokenCalls(time, logger, secrets, telemetry);
    }

    /// <summary>Logins attempted so far (for diagnostics and tests).</summary>
    public long Logins => _calls.Logins;

    /// <summary>Refreshes attempted so far.</summary>
    public long Refreshes => _calls.Refreshes;

    /// <summary>Forgets the cached token; the next call logs in (or refreshes).</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _cache.Store(null);
        }
    }

    /// <summary>Forgets the token and disowns any renewal; the session is unusable afterwards.</summary>
    public void End()
    {
        lock (_gate)
        {
            _disposed = true;
            _generation++;
            _inFlight = null;
            _cache.Store(null, forgetLast: true);
            WakeRetry();
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
            _cache.Store(null);
            WakeRetry();
        }

        LogCredentialsChanged(_logger);
    }

    /// <summary>The cached token if usable; else the renewal in flight, or a new one, awaited (see <see cref="TokenSession.RenewAfterRejectionAsync"/>).</summary>
    public async ValueTask<AuthToken> AcquireAsync(AuthToken? rejected, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task<AuthToken> renewal;
            int generation;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, typeof(TokenSession));
                var now = _time.GetUtcNow();
                if (rejected is not null && ReferenceEquals(_cache.Current?.Token, rejected))
                {
                    // Never hand out a token the server refused, even if the renewal fails; a
                    // background renewal pausing between attempts tries again at once.
                    _cache.Store(null);
                    WakeRetry();
                    LogRejected(_logger);
                }

                if (_cache.Current is { } cached && TokenCache.Usable(cached, now))
                {
                    if (now >= cached.RenewAt)
                    {
                        StartAheadUnderGate(cached, now);
                    }

                    return cached.Token;
                }

                if (_inFlight is not { IsCompleted: false } && _backoff.Current(now) is { } remembered)
                {
                    throw remembered;
                }

                generation = _generation;
                renewal = _inFlight is { IsCompleted: false } running
                    ? running
                    : _inFlight = StartRenewal(_cache.Current ?? _cache.AsStale(rejected), _endpoint, generation);
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

    /// <summary>Starts the background renewal of <paramref name="cached"/> unless one runs or a refusal is remembered.</summary>
    public void RenewAhead(RenewedToken cached, DateTimeOffset now)
    {
        // Callers past the renewal point meet here until the renewal ends: one volatile read.
        if (Volatile.Read(ref _inFlight) is { IsCompleted: false })
        {
            return;
        }

        lock (_gate)
        {
            if (!_disposed && ReferenceEquals(_cache.Current, cached))
            {
                StartAheadUnderGate(cached, now);
            }
        }
    }

    // Called under _gate. A remembered refusal is not retried before its window ends, even with a
    // valid token: the renewal waits for the window so a wrong password cannot lock the account.
    private void StartAheadUnderGate(RenewedToken cached, DateTimeOffset now)
    {
        if (_inFlight is not { IsCompleted: false } && !_backoff.Blocks(now))
        {
            _inFlight = StartRenewal(cached, _endpoint, _generation);
        }
    }

    // Task.Run: the renewal must not run inline on (or be cancelled with) the first caller. A
    // background renewal may end with nobody awaiting it: its failure is observed here, reported
    // by the renewal itself.
    private Task<AuthToken> StartRenewal(RenewedToken? stale, ITokenEndpoint endpoint, int generation)
    {
        var renewal = Task.Run(() => RenewAsync(stale, endpoint, generation));
        renewal.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return renewal;
    }

    /// <summary>
    /// Renews once, or, while <paramref name="stale"/> is still valid and in use, until it
    /// succeeds: a failure other than a refusal is retried after a pause (backoff with jitter)
    /// until the token expires, so callers holding it never see the failure.
    /// </summary>
    private async Task<AuthToken> RenewAsync(RenewedToken? stale, ITokenEndpoint endpoint, int generation)
    {
        var failures = 0;
        var outageStarted = 0L;
        while (true)
        {
            try
            {
                var fresh = await RenewThroughSharingAsync(stale, endpoint, quiet: failures > 0).ConfigureAwait(false);
                lock (_gate)
                {
                    if (generation == _generation)
                    {
                        _cache.Store(fresh);
                        _backoff.Reset();
                        _inFlight = null;
                    }
                }

                LogInUse(_logger, fresh.RenewAt);
                if (failures > 0)
                {
                    var outageMs = _time.GetElapsedTime(outageStarted).TotalMilliseconds;
                    LogRecovered(_logger, failures + 1, outageMs);
                }

                return fresh.Token;
            }
            catch (Exception ex) when (ex is not AuthenticationFailedException && RetryPause(stale, generation, ++failures) is { } pause)
            {
                _telemetry.RenewalFailed(ex, retried: true);
                if (failures == 1)
                {
                    outageStarted = _time.GetTimestamp();
                    if (_logger.IsEnabled(LogLevel.Warning))
                    {
                        LogRenewalFailing(_logger, stale!.Token.ExpiresAt!.Value, Redacted(ex));
                    }
                }
                else
                {
                    LogRenewalStillFailing(_logger, failures, pause.TotalMilliseconds);
                }

                await PauseAsync(pause, stale!, generation).ConfigureAwait(false);
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

                if (stale is not null && TokenCache.StillValid(stale, _time.GetUtcNow()))
                {
                    _telemetry.RenewalFailed(refusal, retried: false);
                }

                throw;
            }
            catch (Exception ex)
            {
                lock (_gate)
                {
                    if (generation == _generation)
                    {
                        _inFlight = null;
                    }
                }

                if (failures > 1)
                {
                    // The outage outlasted the token: from here callers get the error.
                    _telemetry.RenewalFailed(ex, retried: false);
                    if (_logger.IsEnabled(LogLevel.Warning))
                    {
                        LogRenewalGaveUp(_logger, failures, Redacted(ex));
                    }
                }

                throw;
            }
        }
    }

    /// <summary>
    /// The pause before the next attempt, or null when the failure goes to the callers: the
    /// token being replaced has expired (or there was none), was rejected, or the credentials
    /// changed.
    /// </summary>
    private TimeSpan? RetryPause(RenewedToken? stale, int generation, int failures)
    {
        var now = _time.GetUtcNow();
        if (stale is null || !TokenCache.StillValid(stale, now) || Volatile.Read(ref _generation) != generation || !ReferenceEquals(_cache.Current, stale))
        {
            return null;
        }

        return RenewalRetryDelay.After(failures, now, stale.Token.ExpiresAt!.Value);
    }

    /// <summary>Waits <paramref name="pause"/>, or less if the token is rejected, the credentials change or the session ends.</summary>
    private async Task PauseAsync(TimeSpan pause, RenewedToken stale, int generation)
    {
        using var wait = new CancellationTokenSource();
        lock (_gate)
        {
            // What would wake the pause may have happened already, before it was registered.
            if (generation != _generation || !ReferenceEquals(_cache.Current, stale))
            {
                return;
            }

            _retryWait = wait;
        }

        try
        {
            await Task.Delay(pause, _time, wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Woken: the next attempt (or the decision not to make one) is due now.
        }
        finally
        {
            lock (_gate)
            {
                if (ReferenceEquals(_retryWait, wait))
                {
                    _retryWait = null;
                }
            }
        }
    }

    // Called under _gate.
    private void WakeRetry() => _retryWait?.Cancel();

    // The vendor calls run on no caller's cancellation token: one caller giving up must not
    // cancel the renewal the others wait for.
    private Task<RenewedToken> RenewThroughSharingAsync(RenewedToken? stale, ITokenEndpoint endpoint, bool quiet)
    {
        var renewal = new VendorRenewal(this, endpoint, quiet);
        return _sharing is { } sharing && Volatile.Read(ref _identity) is { } identity
            ? sharing.RenewAsync(new TokenSharingRequest { Session = identity, Stale = stale, Renewer = renewal }, CancellationToken.None)
            : renewal.RenewHereAsync(stale?.Token, CancellationToken.None);
    }

    private string Redacted(Exception ex) => SecretRedactor.Default.RedactText(ex.Message, _secrets?.All());

    /// <summary>Renews in this process, and dates the token: its default lifetime, its renewal time.</summary>
    private async Task<RenewedToken> RenewHereAsync(AuthToken? stale, ITokenEndpoint endpoint, bool quiet, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var fresh = await _calls.RefreshOrLoginAsync(stale, endpoint, quiet, cancellationToken).ConfigureAwait(false);
        var answerTime = AnswerTime(_time.GetElapsedTime(started));
        if (fresh.ExpiresAt is null && _options.DefaultLifetime is { } lifetime)
        {
            fresh = fresh.WithExpiry(_time.GetUtcNow() + lifetime);
        }

        var now = _time.GetUtcNow();
        var renewAt = fresh.ExpiresAt is { } expiresAt
            ? RenewalSchedule.RenewAt(expiresAt, now, _options.RefreshSkew, answerTime)
            : DateTimeOffset.MaxValue;
        return new RenewedToken(fresh, now, renewAt);
    }

    /// <summary>
    /// The vendor's answer time the renewal point allows for: this renewal's, or half the
    /// longest one before it if that is longer, so one quick answer does not erase a slow
    /// vendor's record.
    /// </summary>
    private TimeSpan AnswerTime(TimeSpan latest)
    {
        var remembered = TimeSpan.FromTicks(Interlocked.Read(ref _answerTicks) / 2);
        var answerTime = latest > remembered ? latest : remembered;
        Interlocked.Exchange(ref _answerTicks, answerTime.Ticks);
        return answerTime;
    }

    /// <summary>
    /// One renewal's way to the vendor, handed to the sharing coordinator: the endpoint of the
    /// credentials it started with (new ones disown it), and whether its failures are quiet
    /// (a retry in an outage already reported).
    /// </summary>
    private sealed class VendorRenewal(TokenRenewer renewer, ITokenEndpoint endpoint, bool quiet) : ITokenRenewal
    {
        public Task<RenewedToken> RenewHereAsync(AuthToken? from, CancellationToken cancellationToken) =>
            renewer.RenewHereAsync(from, endpoint, quiet, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Token rejected by the server; re-authenticating")]
    private static partial void LogRejected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "New token in use; its renewal starts at {RenewAt:O}")]
    private static partial void LogInUse(ILogger logger, DateTimeOffset renewAt);

    // The reason is the library's own exception text, masked where it quotes the vendor.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewal failed ({Reason}); the token in use stays valid until {ExpiresAt:O} and the renewal is retried in the background until then")]
    private static partial void LogRenewalFailing(ILogger logger, DateTimeOffset expiresAt, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Renewal failed again ({Failures} failures in a row); next attempt in {PauseMs:0} ms")]
    private static partial void LogRenewalStillFailing(ILogger logger, int failures, double pauseMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Renewed at attempt {Attempts}, {OutageMs:0} ms after the first failure; no caller saw it")]
    private static partial void LogRecovered(ILogger logger, int attempts, double outageMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewal still failing when the token in use expired ({Failures} failures in a row): {Reason}; calls get the error until a renewal succeeds")]
    private static partial void LogRenewalGaveUp(ILogger logger, int failures, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Credentials changed; the token was dropped and the next call logs in with the new ones")]
    private static partial void LogCredentialsChanged(ILogger logger);
}
