namespace AuthClients.Core;

/// <summary>
/// How long a background renewal waits before its next attempt after a failure: exponential
/// with jitter (so the replicas of a service that all failed at once do not all retry at
/// once), and never past the expiry of the token still in use, so the last attempt is made
/// while callers can still be served.
/// </summary>
internal static class RenewalRetryDelay
{
    /// <summary>The wait after the first failed attempt, before jitter.</summary>
    public static readonly TimeSpan First = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between two attempts.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The wait after <paramref name="failures"/> failed attempts in a row (1 for the first):
    /// <see cref="First"/> doubling per failure up to <see cref="Longest"/>, of which a random
    /// half to all is waited, and at most until <paramref name="expiresAt"/>.
    /// </summary>
    public static TimeSpan After(int failures, DateTimeOffset now, DateTimeOffset expiresAt, Random? random = null)
    {
        var exponential = First * Math.Pow(2, Math.Min(Math.Max(failures - 1, 0), 16));
        var capped = exponential < Longest ? exponential : Longest;
        var jittered = capped * (0.5 + ((random ?? Random.Shared).NextDouble() * 0.5));
        var untilExpiry = expiresAt - now;
        return untilExpiry <= TimeSpan.Zero ? TimeSpan.Zero : jittered < untilExpiry ? jittered : untilExpiry;
    }
}
