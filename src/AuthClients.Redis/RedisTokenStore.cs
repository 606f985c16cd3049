using AuthClients.Core;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AuthClients.Redis;

/// <summary>
/// The shared tokens of every session of this process that opted in: read and written through
/// HybridCache with Redis as its distributed cache, locked with Redis locks, encrypted with
/// Data Protection. Every operation is bounded by <see cref="RedisTokenCacheOptions.OperationTimeout"/>;
/// a failure marks Redis unavailable and surfaces as <see cref="SharedStoreUnavailableException"/>.
/// </summary>
/// <remarks>
/// HybridCache's in-process layer is switched off for these entries: the session's own token is
/// the in-process copy, and a second one could hold a token another replica has replaced.
/// The infrastructure (connection, HybridCache, key ring) lives in a container of its own so an
/// application's own distributed cache or Data Protection set-up is neither used nor changed.
/// </remarks>
internal sealed partial class RedisTokenStore : IAsyncDisposable
{
    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCache | HybridCacheEntryFlags.DisableUnderlyingData | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    private readonly RedisTokenCacheOptions _options;
    private readonly TimeProvider _time;
    private readonly Task<IConnectionMultiplexer> _connection;
    private readonly ServiceProvider _infrastructure;
    private readonly HybridCache _cache;
    private readonly SharedTokenCodec _codec;
    private readonly ILogger _logger;
    private int _toldDoesNotOpen;
    private Task? _keyRing;
    private ITimer? _probe;

    public RedisTokenStore(RedisTokenCacheOptions options, TimeProvider time, ILoggerFactory loggerFactory)
    {
        _options = options;
        _time = time;
        _logger = loggerFactory.CreateLogger("AuthClients.Redis");
        Availability = new RedisAvailability(time, _logger, options.RetryAfterFailure);
        _connection = FollowAsync(ConnectAsync(options.Configuration!, options.ConnectTimeout));

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<ILoggerFactory>(new QuietCacheLoggerFactory(loggerFactory));
        services.AddStackExchangeRedisCache(redis =>
        {
            redis.InstanceName = options.KeyPrefix + "cache:";
            redis.ConnectionMultiplexerFactory = () => _connection;
        });
        services.AddHybridCache();
        if (options.DataProtection is null)
        {
            services.AddDataProtection()
                .SetApplicationName("AuthClients.Redis")
                .PersistKeysToStackExchangeRedis(() => _connection.GetAwaiter().GetResult().GetDatabase(), options.KeyPrefix + "dataprotection-keys");
        }

        _infrastructure = services.BuildServiceProvider();
        _cache = _infrastructure.GetRequiredService<HybridCache>();
        _codec = new SharedTokenCodec(options.DataProtection ?? _infrastructure.GetRequiredService<IDataProtectionProvider>());
        // Connect and load the key ring now, so the first renewal does not wait for either.
        _ = ReadyAsync();
    }

    public RedisAvailability Availability { get; }

    public TimeSpan LockLease => _options.LockLease;

    public TimeProvider Time => _time;

    public string KeyFor(SessionIdentity identity) => SharedTokenKey.For(_options.KeyPrefix, identity);

    /// <summary>The shared token under <paramref name="key"/>; null when there is none or it does not open.</summary>
    /// <remarks>
    /// HybridCache answers "absent" when its distributed cache fails, so a read is no sign that
    /// Redis is back; the lock, which goes to Redis directly, tells.
    /// </remarks>
    public Task<RenewedToken?> ReadAsync(string key) => Bounded(signalsRecovery: false, async () =>
    {
        var text = await ReadTextAsync(key).ConfigureAwait(false);
        if (text is null)
        {
            return null;
        }

        var token = _codec.Unprotect(key, text);
        if (token is null && Interlocked.Exchange(ref _toldDoesNotOpen, 1) == 0)
        {
            // Replicas whose key rings differ (an application key ring set on some of them only)
            // would each renew alone for ever without a word: say so, once per process.
            LogDoesNotOpen(_logger);
        }

        return token;
    });

    public Task WriteAsync(string key, RenewedToken token) => Bounded(signalsRecovery: false, async () =>
    {
        await WriteTextAsync(key, _codec.Protect(key, token), Retention(token)).ConfigureAwait(false);
        return true;
    });

    /// <summary>Takes the renewal lock of <paramref name="key"/> for <paramref name="owner"/>; false when another process holds it.</summary>
    public Task<bool> TryLockAsync(string key, string owner) => Bounded(signalsRecovery: true, async () =>
        await (await _connection.ConfigureAwait(false)).GetDatabase().LockTakeAsync(SharedTokenKey.Lock(key), owner, _options.LockLease).ConfigureAwait(false));

    /// <summary>Extends <paramref name="owner"/>'s lease on the renewal lock by a whole lease; false when the lock is no longer theirs.</summary>
    public Task<bool> ExtendLockAsync(string key, string owner) => Bounded(signalsRecovery: true, async () =>
        await (await _connection.ConfigureAwait(false)).GetDatabase().LockExtendAsync(SharedTokenKey.Lock(key), owner, _options.LockLease).ConfigureAwait(false));

    /// <summary>How long the renewal lock of <paramref name="key"/> has left; null when nobody holds it.</summary>
    public Task<TimeSpan?> LockTimeLeftAsync(string key) => Bounded(signalsRecovery: false, async () =>
        await (await _connection.ConfigureAwait(false)).GetDatabase().KeyTimeToLiveAsync(SharedTokenKey.Lock(key)).ConfigureAwait(false));

    public Task<bool> ReleaseAsync(string key, string owner) => Bounded(signalsRecovery: true, async () =>
        await (await _connection.ConfigureAwait(false)).GetDatabase().LockReleaseAsync(SharedTokenKey.Lock(key), owner).ConfigureAwait(false));

    /// <summary>
    /// Releases a lock whose taking timed out: Redis may still take it once it catches up, and
    /// then nobody would renew until its lease ran out. Sent without a bound; it runs after
    /// the take on the same connection, or fails harmlessly.
    /// </summary>
    public void ReleaseEventually(string key, string owner) =>
        _ = Task.Run(async () =>
        {
            try
            {
                await (await _connection.ConfigureAwait(false)).GetDatabase().LockReleaseAsync(SharedTokenKey.Lock(key), owner).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RedisException or ObjectDisposedException)
            {
                // Nothing taken, or gone with the connection: the lease ends it.
            }
        });

    /// <summary>
    /// Marks Redis unavailable and pings it every <see cref="RedisTokenCacheOptions.RetryAfterFailure"/>
    /// until it answers in time, so sharing is known to be back (and said so) without waiting
    /// for the next renewal: a stalled Redis never drops the connection, so its recovery raises no event.
    /// </summary>
    private void Failed(Exception reason)
    {
        Availability.Failed(reason);
        var interval = _options.RetryAfterFailure > TimeSpan.Zero ? _options.RetryAfterFailure : TimeSpan.FromSeconds(1);
        var probe = _time.CreateTimer(_ => _ = ProbeAsync(), null, interval, interval);
        if (Interlocked.CompareExchange(ref _probe, probe, null) is not null)
        {
            probe.Dispose();
        }
    }

    private async Task ProbeAsync()
    {
        try
        {
            if (!Availability.IsUp)
            {
                var connection = await _connection.ConfigureAwait(false);
                await connection.GetDatabase().PingAsync().WaitAsync(_options.OperationTimeout, _time).ConfigureAwait(false);
                Availability.Succeeded();
            }

            Interlocked.Exchange(ref _probe, null)?.Dispose();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            // Still away; the next tick asks again.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Interlocked.Exchange(ref _probe, null)?.Dispose();
        await _infrastructure.DisposeAsync().ConfigureAwait(false);
        if (_connection.IsCompletedSuccessfully)
        {
            await _connection.Result.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// How long Redis keeps an entry: while its token is usable, and while its refresh token
    /// is (the latest refresh token must not be lost); at most a day, so an abandoned session
    /// does not stay in Redis for ever.
    /// </summary>
    private TimeSpan Retention(RenewedToken token)
    {
        var now = _time.GetUtcNow();
        var until = token.Token.RefreshToken is null
            ? token.Token.ExpiresAt ?? DateTimeOffset.MaxValue
            : token.Token.RefreshTokenExpiresAt ?? DateTimeOffset.MaxValue;
        var retention = until == DateTimeOffset.MaxValue ? TimeSpan.FromDays(1) : until - now;
        return retention < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retention > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : retention;
    }

    /// <summary>
    /// Connected, key ring loaded, cache warmed: what a renewal waits for (at most
    /// <see cref="RedisTokenCacheOptions.ConnectTimeout"/>) before its first operation. Started
    /// again after a failure (Redis was away). A readiness check may await it at start-up.
    /// </summary>
    public Task ReadyAsync()
    {
        var ready = Volatile.Read(ref _keyRing);
        if (ready is null || ready.IsFaulted || ready.IsCanceled)
        {
            ready = PrepareAsync();
            Volatile.Write(ref _keyRing, ready);
        }

        return ready;
    }

    /// <summary>
    /// Loads (or, in an empty Redis, creates) the Data Protection key under a Redis lock, so
    /// replicas that start together agree on one key instead of each creating its own; then
    /// warms the cache's read and write paths.
    /// </summary>
    private async Task PrepareAsync()
    {
        var database = (await _connection.ConfigureAwait(false)).GetDatabase();
        var lockKey = _options.KeyPrefix + "dataprotection-keys:lock";
        var owner = Guid.NewGuid().ToString("N");
        // Callers wait for this at most ConnectTimeout; it goes on in the background meanwhile.
        for (var attempt = 0; attempt < 500 && !await database.LockTakeAsync(lockKey, owner, TimeSpan.FromSeconds(10)).ConfigureAwait(false); attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), _time).ConfigureAwait(false);
        }

        try
        {
            _codec.Protect(lockKey, new RenewedToken(new AuthToken("key-ring-probe"), DateTimeOffset.MinValue, DateTimeOffset.MinValue));
        }
        finally
        {
            await database.LockReleaseAsync(lockKey, owner).ConfigureAwait(false);
        }

        // One write and one read through HybridCache as well: the first of each is slow (code
        // paths loaded for the first time), and must not count against a renewal's bound.
        var probeKey = _options.KeyPrefix + "probe";
        await WriteTextAsync(probeKey, "probe", TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        await ReadTextAsync(probeKey).ConfigureAwait(false);
    }

    /// <summary>Redis's text under <paramref name="key"/>, never from HybridCache's in-process layer, never created.</summary>
    private ValueTask<string?> ReadTextAsync(string key) =>
        _cache.GetOrCreateAsync<string?>(key, static _ => ValueTask.FromResult<string?>(null), ReadOnly);

    /// <summary>Writes to Redis only: the session's own token is the in-process copy.</summary>
    private ValueTask WriteTextAsync(string key, string text, TimeSpan expiration) =>
        _cache.SetAsync(key, text, new HybridCacheEntryOptions { Expiration = expiration, Flags = HybridCacheEntryFlags.DisableLocalCache });

    private async Task<T> Bounded<T>(bool signalsRecovery, Func<Task<T>> operation)
    {
        try
        {
            // The first connection and the key ring's first load take longer than an operation
            // may (a cold start, a new key); they have the connect timeout as their bound.
            try
            {
                await ReadyAsync().WaitAsync(_options.ConnectTimeout, _time).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"Redis was not ready (connected, key ring loaded) within {_options.ConnectTimeout.TotalMilliseconds:0} ms.");
            }

            T result;
            try
            {
                result = await operation().WaitAsync(_options.OperationTimeout, _time).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"Redis did not answer within {_options.OperationTimeout.TotalMilliseconds:0} ms.");
            }

            if (signalsRecovery)
            {
                Availability.Succeeded();
            }

            return result;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException or InvalidOperationException)
        {
            Failed(ex);
            throw new SharedStoreUnavailableException(ex);
        }
    }

    private static async Task<IConnectionMultiplexer> ConnectAsync(string configuration, TimeSpan connectTimeout)
    {
        var options = ConfigurationOptions.Parse(configuration);
        // Never fail the application because Redis is away; fail each command at once while it
        // is, instead of queueing it, so the session goes on alone without waiting.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = (int)connectTimeout.TotalMilliseconds;
        return await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
    }

    /// <summary>The connection's own news: lost is an outage's start, restored its end.</summary>
    private async Task<IConnectionMultiplexer> FollowAsync(Task<IConnectionMultiplexer> connecting)
    {
        var connection = await connecting.ConfigureAwait(false);
        connection.ConnectionFailed += (_, e) => Failed(e.Exception ?? new RedisConnectionException(e.FailureType, e.FailureType.ToString()));
        connection.ConnectionRestored += (_, _) => Availability.Succeeded();
        return connection;
    }

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "A shared token in Redis does not open with this process's Data Protection key ring; it is treated as absent. Do all replicas use the same key ring (RedisTokenCacheOptions.DataProtection)?")]
    private static partial void LogDoesNotOpen(ILogger logger);
}
