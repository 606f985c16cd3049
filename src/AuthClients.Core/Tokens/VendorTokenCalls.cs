using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace AuthClients.Core;

/// <summary>
/// A session's calls to the vendor's token endpoint: refresh when the token allows it (a refused
/// refresh falls back to a login), login otherwise; each counted, traced and logged once, with
/// the vendor's words masked. Retries and single flight are the <see cref="TokenRenewer"/>'s.
/// </summary>
internal sealed partial class VendorTokenCalls(TimeProvider time, ILogger logger, SessionSecrets? secrets, SessionTelemetry telemetry)
{
    private long _logins;
    private long _refreshes;

    /// <summary>Logins attempted so far.</summary>
    public long Logins => Interlocked.Read(ref _logins);

    /// <summary>Refreshes attempted so far.</summary>
    public long Refreshes => Interlocked.Read(ref _refreshes);

    /// <summary>A refresh from <paramref name="stale"/> if the endpoint can and its refresh token has not expired, else (or when refused) a login. <paramref name="quiet"/>: a failed login logs at Debug (a retry in an outage already reported).</summary>
    public async Task<AuthToken> RefreshOrLoginAsync(AuthToken? stale, ITokenEndpoint endpoint, bool quiet, CancellationToken cancellationToken)
    {
        if (stale is not null && endpoint is IRefreshingTokenEndpoint refreshing && refreshing.CanRefresh(stale)
            && (stale.RefreshTokenExpiresAt is not { } refreshExpiry || time.GetUtcNow() < refreshExpiry))
        {
            Interlocked.Increment(ref _refreshes);
            var refresh = telemetry.Start(AuthClientsTelemetry.Refresh);
            var started = Stopwatch.GetTimestamp();
            try
            {
                var refreshed = await refreshing.RefreshAsync(stale, cancellationToken).ConfigureAwait(false);
                refresh.End();
                var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogRefreshed(logger, elapsedMs);
                return refreshed;
            }
            catch (Exception ex)
            {
                refresh.End(ex);
                if (ex is not TokenRefreshRejectedException)
                {
                    throw;
                }

                LogRefreshRejected(logger, ex.Message);
            }
        }

        return await LoginAsync(endpoint, quiet, cancellationToken).ConfigureAwait(false);
    }

    // One log line per login at Information, whatever its outcome: the token client logs its
    // HTTP exchange at Debug only (README, Resilience: quiet logs). A background renewal's
    // retries are quiet: their outage is reported once, by RenewAsync.
    private async Task<AuthToken> LoginAsync(ITokenEndpoint endpoint, bool quiet, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _logins);
        LogLoggingIn(logger);
        var login = telemetry.Start(AuthClientsTelemetry.Login);
        var started = Stopwatch.GetTimestamp();
        AuthToken token;
        try
        {
            token = await endpoint.LoginAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            login.End(ex);
            var failedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (quiet)
            {
                LogRetryLoginFailed(logger, failedMs);
            }
            else if (logger.IsEnabled(LogLevel.Warning))
            {
                LogLoginFailed(logger, failedMs, SecretRedactor.Default.RedactText(ex.Message, secrets?.All()));
            }

            throw;
        }

        login.End();
        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (token.ExpiresAt is { } expiresAt)
        {
            LogLoggedIn(logger, elapsedMs, expiresAt);
        }
        else
        {
            LogLoggedInUntilRejected(logger, elapsedMs);
        }

        return token;
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "Login failed again ({ElapsedMs:0.0} ms) while the token in use is still valid")]
    private static partial void LogRetryLoginFailed(ILogger logger, double elapsedMs);
}
