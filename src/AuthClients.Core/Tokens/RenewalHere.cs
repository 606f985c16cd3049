namespace AuthClients.Core;

/// <summary>
/// One renewal's way to the vendor from this process, handed to the sharing coordinator (or run
/// at once when the session is not shared): the endpoint and options of the credentials it
/// started with (new ones disown it), whether its failures are quiet (a retry in an outage
/// already reported), and the token it brings dated: its default lifetime, its renewal point.
/// </summary>
internal sealed class RenewalHere(VendorTokenCalls calls, VendorAnswerTime answerTime, ITokenEndpoint endpoint, TokenSessionOptions options, TimeProvider time, bool quiet) : ITokenRenewal
{
    public async Task<RenewedToken> RenewHereAsync(AuthToken? from, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var fresh = await calls.RefreshOrLoginAsync(from, endpoint, quiet, cancellationToken).ConfigureAwait(false);
        var answeredIn = answerTime.Record(time.GetElapsedTime(started));
        if (fresh.ExpiresAt is null && options.DefaultLifetime is { } lifetime)
        {
            fresh = fresh.WithExpiry(time.GetUtcNow() + lifetime);
        }

        var now = time.GetUtcNow();
        var renewAt = fresh.ExpiresAt is { } expiresAt
            ? RenewalSchedule.RenewAt(expiresAt, now, options.RefreshSkew, answeredIn)
            : DateTimeOffset.MaxValue;
        return new RenewedToken(fresh, now, renewAt);
    }
}
