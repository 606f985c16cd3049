using System.Globalization;
using AuthClients.Mocks.Fuse;

namespace AuthClients.ClusterSoak;

/// <summary>
/// Runs the soak on the mock's clock, whose tokens all end at every multiple of the interval X:
/// "go" 0.3 X after a boundary; a forced rotation 1.2 X later; Redis stopped 2 X after that,
/// across the next boundary, and started again 0.8 X later; the run ends half an interval after
/// the first boundary with every worker sharing again. Each event fires at its time or, when a
/// busy machine wakes the conductor late, at the first moment 0.4 X away from any
/// boundary (<see cref="TokenIntervals.Quiet"/>); the <see cref="SoakLedger"/> judges the run
/// by when each token was issued and each event really happened.
/// </summary>
internal static class Conductor
{
    public static async Task<int> RunAsync(SoakSettings settings)
    {
        var x = settings.Interval;
        await using var mock = await FuseMock.StartAsync(new FuseMockOptions { RotateAllTokensEvery = x });
        using var redis = new RedisControl(settings.RedisPort);
        var ledger = new SoakLedger(x);
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

            var go = await QuietAsync(TokenIntervals.Boundary(DateTimeOffset.UtcNow, x, after: 1) + (0.3 * x), x);
            await Task.WhenAll(workers.Select(w => w.SendAsync("go")));

            await QuietAsync(go + (1.2 * x), x);
            var rotated = mock.RotateTokens();
            ledger.Rotated(rotated);
            Say("forced a server-side rotation");

            var stoppedAt = await QuietAsync(rotated + (2 * x), x);
            await redis.StopAsync();
            Say("Redis stopped");

            await QuietAsync(stoppedAt + (0.8 * x), x);
            await redis.StartAsync();
            Say("Redis started again");
            var bound = DateTimeOffset.UtcNow + x;
            while (!workers.All(w => w.Sharing) && DateTimeOffset.UtcNow < bound)
            {
                await Task.Delay(20);
            }

            var resumedAt = DateTimeOffset.UtcNow;
            ledger.RedisAway(stoppedAt, resumedAt);
            Say(workers.All(w => w.Sharing) ? "every worker shares again" : "not every worker reported sharing again within one interval");

            await QuietAsync(TokenIntervals.Boundary(resumedAt, x, after: 1) + (0.5 * x), x);
            await Task.WhenAll(workers.Select(w => w.SendAsync("stop")));
            var endedAt = DateTimeOffset.UtcNow;
            var totals = await Task.WhenAll(workers.Select(w => w.Done)).WaitAsync(TimeSpan.FromMinutes(1));

            var issuedAt = mock.IssuedTokens.Zip(mock.TokenIssueTimes).ToDictionary(t => AttemptRecorder.Fingerprint(t.First), t => t.Second);
            var failedCalls = workers.SelectMany(w => w.FailedCalls).Select(c => new FailedCall(
                c.Started, c.Ended, [.. c.Attempts.Select(a => new CallAttempt(issuedAt.TryGetValue(a.Token, out var at) ? at : null, a.AnsweredAt, a.Status))]));
            var verdict = ledger.Judge(mock.TokenIssueTimes, endedAt, settings.Processes, [.. failedCalls]);
            foreach (var problem in verdict.Problems.Take(20))
            {
                Say(problem);
            }

            if (verdict.Problems.Count > 20)
            {
                Say($"... and {verdict.Problems.Count - 20} more");
            }

            var calls = totals.Sum(t => t.Calls);
            var failed = totals.Sum(t => t.Failed);
            var ok = verdict.Passed && failed == verdict.FailedOnEndedTokens && workers.All(w => w.Sharing);
            Console.WriteLine($"cluster soak: processes={settings.Processes} calls={calls} failed={failed} logins={verdict.Logins} expected={verdict.Expected} outage_logins={verdict.OutageLogins} failed_on_ended_tokens={verdict.FailedOnEndedTokens}");
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

    /// <summary>Waits until <paramref name="at"/> and then, if that is near a boundary, until the first quiet moment; returns the moment reached.</summary>
    private static async Task<DateTimeOffset> QuietAsync(DateTimeOffset at, TimeSpan x)
    {
        await Until(at);
        var now = DateTimeOffset.UtcNow;
        while (TokenIntervals.Quiet(now, x) is var quiet && quiet > now)
        {
            await Until(quiet);
            now = DateTimeOffset.UtcNow;
        }

        return now;
    }

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
