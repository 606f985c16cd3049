namespace AuthClients.Benchmarks.Renewal;

/// <summary>
/// One run of callers against <see cref="RenewalServer"/>: how long tokens live, how slow the
/// token endpoint is, whether every other refresh fails, how many callers loop for how long.
/// </summary>
public sealed record RenewalLoadScenario(
    string Name,
    TimeSpan TokenLifetime,
    TimeSpan TokenEndpointDelay,
    bool FailEveryOtherRefresh,
    int Callers,
    TimeSpan Window)
{
    /// <summary>The scenarios of the report: tokens of 10 s and 3 s, with and without a failing first attempt, and the baseline with no renewal in the window.</summary>
    public static IReadOnlyList<RenewalLoadScenario> Report(TimeSpan window, int callers)
    {
        var delay = TimeSpan.FromMilliseconds(400);
        return
        [
            new("baseline: 1 h tokens, no renewal in the window", TimeSpan.FromHours(1), delay, false, callers, window),
            new("10 s tokens", TimeSpan.FromSeconds(10), delay, false, callers, window),
            new("10 s tokens, every other refresh 503", TimeSpan.FromSeconds(10), delay, true, callers, window),
            new("3 s tokens", TimeSpan.FromSeconds(3), delay, false, callers, window),
            new("3 s tokens, every other refresh 503", TimeSpan.FromSeconds(3), delay, true, callers, window),
        ];
    }

    public override string ToString() => Name;
}
