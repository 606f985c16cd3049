using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace AuthClients.Core;

/// <summary>
/// The one retry policy of the library, opt-in (<see cref="AuthClientBuilder.WithTransientRetries"/>):
/// transient failures (5xx, 408, 429, timeouts) of safe methods only, twice, with jittered
/// exponential backoff. Unsafe methods are never retried, so no login is replayed; token
/// clients carry no retry at all.
/// </summary>
internal static class TransientRetries
{
    public static HttpRetryStrategyOptions Strategy()
    {
        var retry = new HttpRetryStrategyOptions
        {
            // An interactive client gives up soon: two retries, 0.5 s then about 1 s (with jitter).
            MaxRetryAttempts = 2,
            Delay = TimeSpan.FromMilliseconds(500),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        };
        retry.DisableForUnsafeHttpMethods();
        return retry;
    }

    /// <summary>
    /// The retry handler. Built without the resilience registry's telemetry on purpose: its
    /// "Execution attempt" line on every call would double the log lines of a cached-token call.
    /// </summary>
    public static ResilienceHandler Handler(TimeProvider? time) =>
        new(new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time ?? TimeProvider.System }
            .AddRetry(Strategy())
            .Build());
}
