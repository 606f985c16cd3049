namespace AuthClients.Core;

/// <summary>
/// When a token is renewed: far enough ahead of its expiry that the renewal (and a retry after
/// a failed attempt) is over before the token stops being valid, so no caller has to wait for
/// it. Callers keep the token from the renewal point until its expiry while one renewal runs
/// in the background.
/// </summary>
internal static class RenewalSchedule
{
    /// <summary>
    /// How many of the vendor's answer times the renewal starts ahead of expiry at least: one for
    /// the answer, one for a failed attempt, one for the retry after it.
    /// </summary>
    public const int AnswerTimesAhead = 3;

    /// <summary>
    /// The largest share of a token's lifetime the lead may take, so a token from a slow vendor
    /// is still used for half its life rather than renewed on every call.
    /// </summary>
    public const double MaxLeadFraction = 0.5;

    /// <summary>
    /// The renewal point of a token expiring at <paramref name="expiresAt"/>, obtained at
    /// <paramref name="now"/> from a vendor that took <paramref name="answerTime"/> to answer:
    /// the skew before expiry (at most <see cref="TokenSessionOptions.MaxSkewFraction"/> of the
    /// lifetime), or <see cref="AnswerTimesAhead"/> answer times if that is longer, but never more
    /// than <see cref="MaxLeadFraction"/> of the lifetime.
    /// </summary>
    public static DateTimeOffset RenewAt(DateTimeOffset expiresAt, DateTimeOffset now, TimeSpan skew, TimeSpan answerTime)
    {
        var lifetime = expiresAt - now;
        if (lifetime <= TimeSpan.Zero)
        {
            return expiresAt;
        }

        var cappedSkew = Min(skew, lifetime * TokenSessionOptions.MaxSkewFraction);
        var lead = Min(Max(cappedSkew, answerTime * AnswerTimesAhead), lifetime * MaxLeadFraction);
        return expiresAt - lead;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
