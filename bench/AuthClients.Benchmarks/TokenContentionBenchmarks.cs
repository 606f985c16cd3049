using AuthClients.Core;
using BenchmarkDotNet.Attributes;

namespace AuthClients.Benchmarks;

/// <summary>
/// N callers ask a fresh <see cref="TokenSession"/> for a token at once: exactly one login must
/// happen (checked on every invocation, so a broken single flight fails the run), and the time
/// to serve everyone is compared with one caller alone (the baseline).
/// </summary>
public class TokenContentionBenchmarks
{
    [Params(1, 16, 256, 1000)]
    public int Callers { get; set; }

    [Benchmark(Baseline = true)]
    public Task OneCaller() => ServeAsync(1);

    [Benchmark]
    public Task ConcurrentCallers() => ServeAsync(Callers);

    private static async Task ServeAsync(int callers)
    {
        var endpoint = new SlowLoginEndpoint();
        var session = new TokenSession(endpoint);
        var waiting = new Task[callers];
        for (var i = 0; i < callers; i++)
        {
            waiting[i] = session.GetTokenAsync().AsTask();
        }

        await Task.WhenAll(waiting).ConfigureAwait(false);
        if (endpoint.Logins != 1)
        {
            throw new InvalidOperationException($"{callers} callers caused {endpoint.Logins} logins; single flight is broken.");
        }
    }

    /// <summary>A login that takes a network round trip's worth of time, so callers really overlap.</summary>
    private sealed class SlowLoginEndpoint : ITokenEndpoint
    {
        private int _logins;

        public int Logins => _logins;

        public async Task<AuthToken> LoginAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _logins);
            await Task.Delay(TimeSpan.FromMilliseconds(1), cancellationToken).ConfigureAwait(false);
            return new AuthToken("bench-token", DateTimeOffset.UtcNow.AddHours(1));
        }
    }
}
