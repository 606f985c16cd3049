using System.Globalization;

namespace AuthClients.ClusterSoak;

/// <summary>
/// Judges a soak run by what happened rather than by its plan. The run is cut into epochs at
/// every event that ends every token (an interval boundary, a forced rotation), starting at
/// the first token; each token the mock issued belongs to the epoch it was issued in. With
/// Redis up, the fleet needs one login per epoch at most; in an epoch that begins while Redis
/// is away, each worker logs in alone at most once. A call may fail only the way the handler's
/// rule (one renewal per call) lets it: it renewed, and every token it sent had been ended
/// before that attempt was answered. On a loaded machine, with the mock answering in seconds,
/// that happens to a call that set out with a token already ended and whose retry met the next
/// token end.
/// </summary>
/// <remarks>
/// The soak used to count the mock's logins when its own timers fired and compare them with
/// the number of boundaries on its planned timeline. On a machine loaded by builds those timers
/// fire seconds late (stopping Redis once took 3 s), so a login was counted on the wrong side
/// of an event, or a late first login fell past the first boundary and served both: one login
/// too many or too few, although the fleet had done exactly what it should. And an event late
/// enough to land within a call's round trip of a boundary let one login serve both (one
/// login short), while the calls that had renewed between them met the second end on their
/// retry and failed: the 33 failed calls of the run that was one login short.
/// </remarks>
internal sealed class SoakLedger(TimeSpan interval)
{
    private readonly List<DateTimeOffset> _rotations = [];
    private (DateTimeOffset From, DateTimeOffset To)? _outage;

    /// <summary>Every token was ended at <paramref name="at"/> (a forced rotation).</summary>
    public void Rotated(DateTimeOffset at) => _rotations.Add(at);

    /// <summary>Redis was asked to stop at <paramref name="from"/>, and every worker shared again at <paramref name="to"/>.</summary>
    public void RedisAway(DateTimeOffset from, DateTimeOffset to) => _outage = (from, to);

    /// <summary>
    /// The verdict on the tokens issued at <paramref name="issued"/> until <paramref name="end"/>,
    /// for <paramref name="processes"/> workers whose calls in <paramref name="failedCalls"/> failed.
    /// </summary>
    public SoakVerdict Judge(IReadOnlyList<DateTimeOffset> issued, DateTimeOffset end, int processes, IReadOnlyCollection<FailedCall> failedCalls)
    {
        if (issued.Count == 0)
        {
            return new SoakVerdict(0, 0, 0, 0, ["no token was issued"]);
        }

        var epochs = Epochs(issued.Min(), end);
        var counts = new int[epochs.Count];
        foreach (var at in issued)
        {
            // The last epoch that starts at or before the token: one issued at a boundary serves the new epoch.
            var index = epochs.FindLastIndex(e => e.Start <= at);
            if (index >= 0)
            {
                counts[index]++;
            }
        }

        int logins = 0, expected = 0, outageLogins = 0;
        var problems = new List<string>();
        for (var i = 0; i < epochs.Count; i++)
        {
            var (start, cause) = epochs[i];
            var alone = _outage is { } outage && start >= outage.From && start <= outage.To;
            if (alone)
            {
                outageLogins += counts[i];
                if (counts[i] > processes)
                {
                    problems.Add($"epoch {i} from {Clock(start)} ({cause}, Redis away): {counts[i]} logins for {processes} workers");
                }
            }
            else
            {
                logins += counts[i];
                expected++;
                // None is no fault: the fleet had not renewed before the next token end, and one login served both.
                if (counts[i] > 1)
                {
                    problems.Add($"epoch {i} from {Clock(start)} ({cause}, shared): {counts[i]} logins, at most 1 expected");
                }
            }
        }

        var failedOnEndedTokens = 0;
        foreach (var call in failedCalls.OrderBy(c => c.Started))
        {
            if (EndedEveryTime(call, epochs))
            {
                failedOnEndedTokens++;
            }
            else
            {
                problems.Add($"a call from {Clock(call.Started)} to {Clock(call.Ended)} failed: {Describe(call)}");
            }
        }

        return new SoakVerdict(logins, expected, outageLogins, failedOnEndedTokens, problems);
    }

    private List<(DateTimeOffset Start, string Cause)> Epochs(DateTimeOffset first, DateTimeOffset end)
    {
        var cuts = TokenIntervals.Between(first, end, interval).Select(b => (b, "boundary"))
            .Concat(_rotations.Where(r => r > first && r < end).Select(r => (r, "rotation")))
            .OrderBy(c => c.Item1);
        return [(first, "first login"), .. cuts];
    }

    /// <summary>
    /// The one failure the design allows: the call renewed (two attempts or more, each with
    /// another token), and every token it sent had been ended by a token end before its attempt
    /// was answered.
    /// </summary>
    private static bool EndedEveryTime(FailedCall call, List<(DateTimeOffset Start, string Cause)> epochs) =>
        call.Attempts.Count >= 2
        && call.Attempts.Select(a => a.TokenIssuedAt).Distinct().Count() == call.Attempts.Count
        && call.Attempts.All(a => a.Status == 401 && a.TokenIssuedAt is { } issued && epochs.Skip(1).Any(e => e.Start > issued && e.Start <= a.AnsweredAt));

    private static string Describe(FailedCall call) =>
        call.Attempts.Count == 0 ? "no attempt reached the mock"
        : string.Join("; ", call.Attempts.Select(a => $"{a.Status} at {Clock(a.AnsweredAt)} with a token " + (a.TokenIssuedAt is { } issued ? $"issued {Clock(issued)}" : "the mock never issued")));

    private static string Clock(DateTimeOffset at) => at.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
}

/// <summary>
/// Logins in epochs with Redis up (<see cref="Logins"/>, at most one per epoch:
/// <see cref="Expected"/> epochs), logins in epochs that began with Redis away, the failed calls whose
/// every attempt carried a token already ended, and each epoch or call that is off, located by its time.
/// </summary>
/// <summary>A call that failed: when it started and ended, and each attempt the session's handler sent.</summary>
internal sealed record FailedCall(DateTimeOffset Started, DateTimeOffset Ended, IReadOnlyList<CallAttempt> Attempts);

/// <summary>One attempt of a call: when the token it carried was issued (null: not by the mock), when and how it was answered.</summary>
internal sealed record CallAttempt(DateTimeOffset? TokenIssuedAt, DateTimeOffset AnsweredAt, int Status);

internal sealed record SoakVerdict(int Logins, int Expected, int OutageLogins, int FailedOnEndedTokens, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;
}
