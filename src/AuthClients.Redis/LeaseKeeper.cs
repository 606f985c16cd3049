using Microsoft.Extensions.Logging;

namespace AuthClients.Redis;

/// <summary>
/// Keeps the renewal lock while its holder is alive: extends the lease every third of it until
/// disposed. A login slower than the lease (a vendor's token endpoint under load) would
/// otherwise let a second process take the lock and renew too, spending the same single-use
/// refresh token twice; a holder that dies stops extending, and the lease still frees the lock.
/// </summary>
internal sealed partial class LeaseKeeper : IAsyncDisposable
{
    private readonly RedisTokenStore _store;
    private readonly string _key;
    private readonly string _owner;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private int _extending;
    private volatile bool _stopped;

    public LeaseKeeper(RedisTokenStore store, string key, string owner, ILogger logger)
    {
        (_store, _key, _owner, _logger) = (store, key, owner, logger);
        var period = store.LockLease / 3;
        _timer = store.Time.CreateTimer(_ => _ = ExtendAsync(), null, period, period);
    }

    public ValueTask DisposeAsync()
    {
        _stopped = true;
        return _timer.DisposeAsync();
    }

    private async Task ExtendAsync()
    {
        // A slow Redis must not pile up extensions: one at a time, the next tick tries again.
        if (Interlocked.Exchange(ref _extending, 1) == 1)
        {
            return;
        }

        try
        {
            // A tick that raced the end of the renewal may reach Redis after the release: not a loss.
            if (!await _store.ExtendLockAsync(_key, _owner).ConfigureAwait(false) && !_stopped)
            {
                LogLeaseLost(_logger);
            }
        }
        catch (SharedStoreUnavailableException)
        {
            // Redis is away: the others renew alone meanwhile, and the lease ends the lock.
        }
        finally
        {
            Volatile.Write(ref _extending, 0);
        }
    }

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "The renewal lock's lease ran out before this process could extend it; another process may renew as well")]
    private static partial void LogLeaseLost(ILogger logger);
}
