using System.Globalization;
using AuthClients.Mocks.Fuse;

namespace AuthClients.ClusterSoak;

/// <summary>
/// Runs the soak on the mock's clock, whose tokens all end at every multiple of the interval X:
/// "go" 0.3 X after a boundary (t0); a forced rotation at t0 + 1.2 X; Redis stopped at
/// t0 + 3.2 X, across the boundary at 3.7 X, and started again at t0 + 4 X; the run ends at
/// t0 + 5.2 X, after one more boundary with sharing back. Every event sits mid-interval, so a
/// single process would need exactly one login at the start, one per boundary and one per
/// rotation: that is E, for the parts of the run with Redis up.
/// </summary>
internal static class Conductor
{
    public static async Task<int> RunAsync(SoakSettings settings)
    {
        var x = settings.Interval;
        await using var mock = await FuseMock.StartAsync(new FuseMockOptions { RotateAllTokensEvery = x });
        using var redis = new RedisControl(settings.RedisPort);
        var workers = new List<WorkerProcess>();
        try
        {
            var arguments = new[]
            {
                "--redis", $"127.0.0.1:{settings.RedisPort}", "--mock", mock.BaseAddress.ToString(),
                "--callers", Text(settings.Callers), "--pace-ms", Text((int)settings.Pace.TotalMilliseconds),
                "--redis-timeout-ms", Text((int)settings.RedisTimeout.TotalMilliseconds),
                // Enough calls for the whole run twice over; "stop" ends it sooner.
                "--max-calls", Text((int)(2 * 6 * x / settings.Pace)),
            };
            for (var i = 0; i < settings.Processes; i++)
            {
                workers.Add(WorkerProcess.Start(i, arguments));
            }

            await Task.WhenAll(workers.Select(w => w.Ready)).WaitAsync(TimeSpan.FromMinutes(2));
            Say($"{workers.Count} workers ready, {settings.Callers} callers each; tokens end every {x.TotalSeconds:0.#} s");

            var t0 = Boundary(DateTimeOffset.UtcNow, x, after: 1) + (0.3 * x);
            await Until(t0);
            await Task.WhenAll(workers.Select(w => w.SendAsync("go")));

            await Until(t0 + (1.2 * x));
            mock.RotateTokens();
            Say("forced a server-side rotation");

            var stopAt = t0 + (3.2 * x);
            await Until(stopAt);
            var loginsBefore = mock.Counters.Logins;
            var expected = 1 + Boundaries(t0, stopAt, x) + 1;
            await redis.StopAsync();
            Say($"Redis stopped (logins so far {loginsBefore}, a single process would need {expected})");

            await Until(t0 + (4 * x));
            await redis.StartAsync();
            Say("Redis started again");
            var bound = DateTimeOffset.UtcNow + x;
            while (!workers.All(w => w.Sharing) && DateTimeOffset.UtcNow < bound)
            {
                await Task.Delay(20);
            }

            var resumedAt = DateTimeOffset.UtcNow;
            var outageLogins = mock.Counters.Logins - loginsBefore;
            Say(workers.All(w => w.Sharing)
                ? $"every worker shares again; {outageLogins} logins while Redis was away"
                : "not every worker reported sharing again within one interval");

            var endAt = t0 + (5.2 * x);
            await Until(endAt);
            var loginsUp = mock.Counters.Logins - outageLogins;
            expected += Boundaries(resumedAt, endAt, x);
            await Task.WhenAll(workers.Select(w => w.SendAsync("stop")));
            var totals = await Task.WhenAll(workers.Select(w => w.Done)).WaitAsync(TimeSpan.FromMinutes(1));

            var calls = totals.Sum(t => t.Calls);
            var failed = totals.Sum(t => t.Failed);
            var ok = failed == 0 && loginsUp == expected && outageLogins <= settings.Processes && workers.All(w => w.Sharing);
            Console.WriteLine($"cluster soak: processes={settings.Processes} calls={calls} failed={failed} logins={loginsUp} expected={expected} outage_logins={outageLogins}");
            return ok ? 0 : 1;
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }

    /// <summary>The <paramref name="after"/>-th interval boundary after <paramref name="at"/>.</summary>
    private static DateTimeOffset Boundary(DateTimeOffset at, TimeSpan x, int after) =>
        new(((at.UtcTicks / x.Ticks) + after) * x.Ticks, TimeSpan.Zero);

    /// <summary>How many interval boundaries lie between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static int Boundaries(DateTimeOffset from, DateTimeOffset to, TimeSpan x) =>
        (int)((to.UtcTicks / x.Ticks) - (from.UtcTicks / x.Ticks));

    private static async Task Until(DateTimeOffset at)
    {
        var wait = at - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    private static void Say(string line) => Console.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {line}");

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
