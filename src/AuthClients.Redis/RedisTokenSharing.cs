using AuthClients.Core;
using Microsoft.Extensions.Logging;

namespace AuthClients.Redis;

/// <summary>
/// One session's renewals, coordinated through Redis with the other processes holding it:
/// adopt the shared token when it is usable and is not the one being replaced; otherwise take
/// the session's lock and renew for all (compare and swap: under the lock, the shared token is
/// replaced only if it is still the stale one); otherwise wait, polling, for whoever holds it.
/// Whenever Redis fails or is slow, renew in this process as an unshared session does.
/// </summary>
internal sealed partial class RedisTokenSharing(RedisTokenStore store, TimeProvider time, ILogger logger) : ITokenSharing
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(200);

    // The value of the last token that went through Redis: its refresh token may be spent by
    // another process at any time, so this process never refreshes with it on its own.
    private string? _lastShared;

    public async Task<RenewedToken> RenewAsync(TokenSharingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!store.Availability.ShouldTry)
        {
            return await RenewAloneAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var key = store.KeyFor(request.Session);
        var owner = Guid.NewGuid().ToString("N");
        // A live holder extends its lease while it renews, and a dead one's lease runs out, so
        // the lock frees itself. Two leases with no sign of a live holder mean something is
        // wrong, and this process goes on alone rather than leave its callers waiting.
        var giveUpAt = time.GetUtcNow() + store.LockLease + store.LockLease;
        TimeSpan? lastTimeLeft = null;
        var poll = FirstPoll;
        try
        {
            while (true)
            {
                if (Adoptable(await store.ReadAsync(key).ConfigureAwait(false), request.Stale) is { } adopted)
                {
                    return Adopt(adopted);
                }

                if (await TryLockAsync(key, owner).ConfigureAwait(false))
                {
                    return await RenewForAllAsync(request, key, owner, cancellationToken).ConfigureAwait(false);
                }

                // A holder seen for the first time, or more time left than at the last look (the
                // holder extended its lease): someone is renewing.
                var timeLeft = await store.LockTimeLeftAsync(key).ConfigureAwait(false);
                if (timeLeft is { } left && (lastTimeLeft is null || left > lastTimeLeft))
                {
                    giveUpAt = time.GetUtcNow() + store.LockLease + store.LockLease;
                }

                lastTimeLeft = timeLeft;
                if (time.GetUtcNow() >= giveUpAt)
                {
                    LogGaveUpWaiting(logger);
                    return await RenewAloneAsync(request, cancellationToken).ConfigureAwait(false);
                }

                await Task.Delay(poll, time, cancellationToken).ConfigureAwait(false);
                poll = poll * 2 < LongestPoll ? poll * 2 : LongestPoll;
            }
        }
        catch (SharedStoreUnavailableException)
        {
            return await RenewAloneAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<RenewedToken> RenewForAllAsync(TokenSharingRequest request, string key, string owner, CancellationToken cancellationToken)
    {
        try
        {
            // Another process may have renewed between the read and the lock.
            var shared = await store.ReadAsync(key).ConfigureAwait(false);
            if (Adoptable(shared, request.Stale) is { } adopted)
            {
                return Adopt(adopted);
            }

            await using (new LeaseKeeper(store, key, owner, logger))
            {
                // The shared entry carries the latest refresh token; a local one may have been spent.
                var fresh = await request.Renewer.RenewHereAsync(shared?.Token ?? Unshared(request.Stale?.Token), cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _lastShared, fresh.Token.Value);
                try
                {
                    await store.WriteAsync(key, fresh).ConfigureAwait(false);
                }
                catch (SharedStoreUnavailableException)
                {
                    // The token is good; the others renew alone until Redis answers.
                }

                return fresh;
            }
        }
        finally
        {
            try
            {
                await store.ReleaseAsync(key, owner).ConfigureAwait(false);
            }
            catch (SharedStoreUnavailableException)
            {
                // The lease ends it.
            }
        }
    }

    private async Task<bool> TryLockAsync(string key, string owner)
    {
        try
        {
            return await store.TryLockAsync(key, owner).ConfigureAwait(false);
        }
        catch (SharedStoreUnavailableException)
        {
            store.ReleaseEventually(key, owner);
            throw;
        }
    }

    private Task<RenewedToken> RenewAloneAsync(TokenSharingRequest request, CancellationToken cancellationToken) => request.Renewer.RenewHereAsync(Unshared(request.Stale?.Token), cancellationToken);

    private RenewedToken Adopt(RenewedToken shared)
    {
        Volatile.Write(ref _lastShared, shared.Token.Value);
        LogAdopted(logger);
        return shared;
    }

    /// <summary>The stale token if this process may refresh with it alone: not if it came through Redis.</summary>
    private AuthToken? Unshared(AuthToken? stale) =>
        stale is not null && string.Equals(stale.Value, Volatile.Read(ref _lastShared), StringComparison.Ordinal) ? null : stale;

    /// <summary>
    /// The shared token if it is usable and newer than the one being replaced: the same one is
    /// what is being replaced, and an older one (left in Redis while this process renewed alone
    /// during an outage) was ended by whatever ended the stale one.
    /// </summary>
    private RenewedToken? Adoptable(RenewedToken? shared, RenewedToken? stale) =>
        shared is not null
        && time.GetUtcNow() < shared.RenewAt
        && (stale is null || (shared.ObtainedAt > stale.ObtainedAt && !string.Equals(shared.Token.Value, stale.Token.Value, StringComparison.Ordinal)))
            ? shared
            : null;

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Token adopted from another process of this session")]
    private static partial void LogAdopted(ILogger logger);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Waited two lock leases with no sign of the process renewing for all; renewing in this process")]
    private static partial void LogGaveUpWaiting(ILogger logger);
}
