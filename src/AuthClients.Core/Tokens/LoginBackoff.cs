namespace AuthClients.Core;

/// <summary>
/// Remembers a refused login so a busy service with a wrong password does not send a login
/// per burst of calls (vendors lock accounts after repeated failures). Not thread-safe: the
/// session calls it under its lock.
/// </summary>
internal sealed class LoginBackoff
{
    private AuthenticationFailedException? _refusal;
    private DateTimeOffset _until;
    private int _refusalsInARow;

    /// <summary>The refusal to answer with now, or null when a login may be attempted.</summary>
    public AuthenticationFailedException? Current(DateTimeOffset now) =>
        _refusal is not null && now < _until ? _refusal.Remembered(_until) : null;

    /// <summary>True while a refusal is remembered: no login may be attempted (and nothing is allocated to say so).</summary>
    public bool Blocks(DateTimeOffset now) => _refusal is not null && now < _until;

    /// <summary>Starts the next window: the first lasts <c>initial</c>, each next one twice the last, up to <c>max</c>.</summary>
    public void Refused(AuthenticationFailedException refusal, DateTimeOffset now, TimeSpan initial, TimeSpan max)
    {
        var window = initial * Math.Pow(2, Math.Min(_refusalsInARow, 30));
        _refusalsInARow++;
        _refusal = refusal;
        _until = now + (window > max ? max : window);
    }

    /// <summary>A login succeeded or the credentials changed: the next refusal starts from the first window.</summary>
    public void Reset()
    {
        _refusal = null;
        _refusalsInARow = 0;
    }
}
