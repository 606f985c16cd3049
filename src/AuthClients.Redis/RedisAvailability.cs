using Microsoft.Extensions.Logging;

namespace AuthClients.Redis;

/// <summary>
/// Whether this process shares sessions through Redis right now. The first failure of an
/// outage logs one warning and starts a pause during which sessions renew alone; the first
/// success afterwards logs that sharing resumed.
/// </summary>
internal sealed partial class RedisAvailability(TimeProvider time, ILogger logger, TimeSpan retryAfterFailure)
{
    private readonly Lock _gate = new();
    private bool _down;
    private DateTimeOffset _retryAt;

    /// <summary>True while sharing works (or the pause after a failure is over and it may be tried again).</summary>
    public bool ShouldTry
    {
        get
        {
            lock (_gate)
            {
                return !_down || time.GetUtcNow() >= _retryAt;
            }
        }
    }

    /// <summary>True while Redis answers.</summary>
    public bool IsUp
    {
        get
        {
            lock (_gate)
            {
                return !_down;
            }
        }
    }

    public void Failed(Exception reason)
    {
        bool first;
        lock (_gate)
        {
            first = !_down;
            _down = true;
            _retryAt = time.GetUtcNow() + retryAfterFailure;
        }

        if (first)
        {
            LogUnavailable(logger, reason.GetType().Name, reason.Message);
        }
    }

    public void Succeeded()
    {
        bool resumed;
        lock (_gate)
        {
            resumed = _down;
            _down = false;
        }

        if (resumed)
        {
            LogResumed(logger);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Redis is unavailable ({Reason}: {Detail}); sessions renew in this process until it answers again")]
    private static partial void LogUnavailable(ILogger logger, string reason, string detail);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Redis answers again; sessions are shared again")]
    private static partial void LogResumed(ILogger logger);
}
