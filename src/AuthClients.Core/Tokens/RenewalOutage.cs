using Microsoft.Extensions.Logging;

namespace AuthClients.Core;

/// <summary>
/// One background renewal's run of failures: reported once when it starts (a warning and the
/// metric), quietly while it lasts, and once when it ends — recovered, or given up when the
/// token in use expired, from when callers get the error.
/// </summary>
internal sealed partial class RenewalOutage(TimeProvider time, ILogger logger, SessionTelemetry telemetry, Func<Exception, string> redact)
{
    private long _startedAt;

    /// <summary>Failed attempts in a row so far.</summary>
    public int Failures { get; private set; }

    /// <summary>Counts a failed attempt; returns the count.</summary>
    public int Failed() => ++Failures;

    /// <summary>The failure just counted is retried after <paramref name="pause"/>; the token in use stays valid until <paramref name="expiresAt"/>.</summary>
    public void Retrying(Exception failure, DateTimeOffset expiresAt, TimeSpan pause)
    {
        telemetry.RenewalFailed(failure, retried: true);
        if (Failures == 1)
        {
            _startedAt = time.GetTimestamp();
            if (logger.IsEnabled(LogLevel.Warning))
            {
                LogRenewalFailing(logger, expiresAt, redact(failure));
            }
        }
        else
        {
            LogRenewalStillFailing(logger, Failures, pause.TotalMilliseconds);
        }
    }

    /// <summary>The renewal succeeded: the end of the outage, if there was one, is said.</summary>
    public void Recovered()
    {
        if (Failures > 0)
        {
            var outageMs = time.GetElapsedTime(_startedAt).TotalMilliseconds;
            LogRecovered(logger, Failures + 1, outageMs);
        }
    }

    /// <summary>The failure just counted goes to the callers: after retried ones, the outage outlasted the token.</summary>
    public void GaveUp(Exception failure)
    {
        if (Failures > 1)
        {
            telemetry.RenewalFailed(failure, retried: false);
            if (logger.IsEnabled(LogLevel.Warning))
            {
                LogRenewalGaveUp(logger, Failures, redact(failure));
            }
        }
    }

    // The reason is the library's own exception text, masked where it quotes the vendor.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewal failed ({Reason}); the token in use stays valid until {ExpiresAt:O} and the renewal is retried in the background until then")]
    private static partial void LogRenewalFailing(ILogger logger, DateTimeOffset expiresAt, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Renewal failed again ({Failures} failures in a row); next attempt in {PauseMs:0} ms")]
    private static partial void LogRenewalStillFailing(ILogger logger, int failures, double pauseMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Renewed at attempt {Attempts}, {OutageMs:0} ms after the first failure; no caller saw it")]
    private static partial void LogRecovered(ILogger logger, int attempts, double outageMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewal still failing when the token in use expired ({Failures} failures in a row): {Reason}; calls get the error until a renewal succeeds")]
    private static partial void LogRenewalGaveUp(ILogger logger, int failures, string reason);
}
