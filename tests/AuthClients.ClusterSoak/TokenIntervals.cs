namespace AuthClients.ClusterSoak;

/// <summary>
/// The mock's clock of token ends: every token ends at each multiple of the interval, whenever
/// it was issued. The soak's own events (a forced rotation, Redis stopped or started) are kept
/// away from those boundaries, so no call meets two token ends in one round trip.
/// </summary>
internal static class TokenIntervals
{
    /// <summary>
    /// How close to a boundary no event of the soak may fire: 0.4 of an interval, so events stay
    /// in the middle fifth of an interval. On 2 cores shared with builds, the fleet's answer to a
    /// 401 storm (the 401, Redis, the login) has taken more than 1.5 s.
    /// </summary>
    public static TimeSpan Margin(TimeSpan interval) => interval * 0.4;

    /// <summary>The <paramref name="after"/>-th interval boundary after <paramref name="at"/>.</summary>
    public static DateTimeOffset Boundary(DateTimeOffset at, TimeSpan interval, int after) =>
        new(((at.UtcTicks / interval.Ticks) + after) * interval.Ticks, TimeSpan.Zero);

    /// <summary>The boundaries strictly after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    public static IEnumerable<DateTimeOffset> Between(DateTimeOffset from, DateTimeOffset to, TimeSpan interval)
    {
        for (var boundary = Boundary(from, interval, after: 1); boundary < to; boundary += interval)
        {
            yield return boundary;
        }
    }

    /// <summary>
    /// <paramref name="at"/> if it is at least <see cref="Margin"/> from every boundary; else the
    /// first moment after it that is. A late timer on a busy machine then moves an event on,
    /// rather than letting it land on a boundary.
    /// </summary>
    public static DateTimeOffset Quiet(DateTimeOffset at, TimeSpan interval)
    {
        var margin = Margin(interval).Ticks;
        var sinceBoundary = at.UtcTicks % interval.Ticks;
        return sinceBoundary < margin ? at.AddTicks(margin - sinceBoundary)
            : sinceBoundary > interval.Ticks - margin ? Boundary(at, interval, after: 1).AddTicks(margin)
            : at;
    }
}
