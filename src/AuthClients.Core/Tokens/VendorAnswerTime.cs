namespace AuthClients.Core;

/// <summary>
/// How long the vendor takes to renew, as the renewal point allows for it: the latest answer
/// time, or half the longest one before it if that is longer, so one quick answer does not
/// erase a slow vendor's record.
/// </summary>
internal sealed class VendorAnswerTime
{
    private long _ticks;

    /// <summary>Records the <paramref name="latest"/> answer time; returns the one to allow for.</summary>
    public TimeSpan Record(TimeSpan latest)
    {
        var remembered = TimeSpan.FromTicks(Interlocked.Read(ref _ticks) / 2);
        var answerTime = latest > remembered ? latest : remembered;
        Interlocked.Exchange(ref _ticks, answerTime.Ticks);
        return answerTime;
    }
}
