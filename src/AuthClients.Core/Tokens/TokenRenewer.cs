using Microsoft.Extensions.Logging;

namespace AuthClients.Core;

/// <summary>
/// The renewer of a session's token: single flight (one login or refresh however many callers
/// wait), renewal ahead of expiry in the background with retries until the token in use
/// expires, and the remembered refusal. It writes the <see cref="TokenCache"/> (under its lock);
/// callers read that without one.
/// </summary>
/// <remarks>
/// Its helpers, one role each: <see cref="RenewalRetryDelay"/> (the pause between attempts:
/// backoff with jitter, never past expiry), <see cref="WakeablePause"/> (that pause, cut short by
/// a rejection or new credentials), <see cref="RenewalOutage"/> (a run of failures, logged once
/// and measured), <see cref="LoginBackoff"/> (the remembered refusal), and
/// <see cref="RenewalHere"/> (the way to the vendor from this process, which the sharing
/// coordinator is handed when replicas share the session).
/// </remarks>
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
    private readonly VendorAnswerTime _answerTime = new();
    private readonly WakeablePause _pause;
    private ITokenEndpoint _endpoint;
    private TokenSessionOptions _options;
    private SessionIdentity? _identity;
    private Task<AuthToken>? _inFlight;
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
        _pause = new WakeablePause(time);
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
            _pause.Wake();
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
            _pause.Wake();
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
                    _pause.Wake();
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
        var outage = new RenewalOutage(_time, _logger, _telemetry, Redacted);
        while (true)
        {
            try
            {
                var fresh = await RenewThroughSharingAsync(stale, endpoint, quiet: outage.Failures > 0).ConfigureAwait(false);
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
                outage.Recovered();
                return fresh.Token;
            }
            catch (Exception ex) when (ex is not AuthenticationFailedException && RetryPause(stale, generation, outage.Failed()) is { } pause)
            {
                outage.Retrying(ex, stale!.Token.ExpiresAt!.Value, pause);
                await _pause.WaitAsync(pause, _gate, () => generation != _generation || !ReferenceEquals(_cache.Current, stale)).ConfigureAwait(false);
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

                outage.GaveUp(ex);
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

    // The vendor calls run on no caller's cancellation token: one caller giving up must not
    // cancel the renewal the others wait for.
    private Task<RenewedToken> RenewThroughSharingAsync(RenewedToken? stale, ITokenEndpoint endpoint, bool quiet)
    {
        var renewal = new RenewalHere(_calls, _answerTime, endpoint, _options, _time, quiet);
        return _sharing is { } sharing && Volatile.Read(ref _identity) is { } identity
            ? sharing.RenewAsync(new TokenSharingRequest { Session = identity, Stale = stale, Renewer = renewal }, CancellationToken.None)
            : renewal.RenewHereAsync(stale?.Token, CancellationToken.None);
    }

    private string Redacted(Exception ex) => SecretRedactor.Default.RedactText(ex.Message, _secrets?.All());

    [LoggerMessage(Level = LogLevel.Information, Message = "Token rejected by the server; re-authenticating")]
    private static partial void LogRejected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "New token in use; its renewal starts at {RenewAt:O}")]
    private static partial void LogInUse(ILogger logger, DateTimeOffset renewAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Credentials changed; the token was dropped and the next call logs in with the new ones")]
    private static partial void LogCredentialsChanged(ILogger logger);
}
