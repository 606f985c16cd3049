using Microsoft.AspNetCore.DataProtection;

namespace AuthClients.Redis;

/// <summary>Where the shared sessions live and how long Redis may take before a process goes on alone.</summary>
public sealed class RedisTokenCacheOptions
{
    /// <summary>The StackExchange.Redis configuration string, e.g. <c>redis:6379,password=…</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>
    /// Prefix of every key this package writes (tokens, locks, Data Protection keys), so one
    /// Redis can serve several applications. Default <c>authclients:</c>.
    /// </summary>
    public string KeyPrefix { get; set; } = "authclients:";

    /// <summary>
    /// The longest a Redis operation may take before this process stops waiting for it and
    /// renews on its own (as an unshared session does). Default 250 ms.
    /// </summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The bound of the first connection and of the first load of the key ring (a cold start
    /// may create the key). Default 5 s, StackExchange.Redis's own; a Redis that refuses the
    /// connection fails at once, only one that does not answer at all takes this long.
    /// </summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The lease of the lock held by the process that renews for all: it extends the lease
    /// every third of it while its login or refresh runs, so a slow login keeps the lock; if
    /// it dies, another process takes over within this. Must be longer than
    /// <see cref="OperationTimeout"/>. Default 40 s.
    /// </summary>
    public TimeSpan LockLease { get; set; } = TimeSpan.FromSeconds(40);

    /// <summary>After Redis failed, how long this process renews alone before it asks Redis again. Default 5 s.</summary>
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The Data Protection key ring that encrypts tokens at rest. Null (the default): a key
    /// ring of this package's own, its keys kept in the same Redis under <see cref="KeyPrefix"/>,
    /// so every replica reads what any replica wrote. Set it to use your application's.
    /// </summary>
    public IDataProtectionProvider? DataProtection { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"RedisTokenCacheOptions {{ Configuration = {(Configuration is null ? "null" : "***")}, KeyPrefix = {KeyPrefix}, OperationTimeout = {OperationTimeout}, LockLease = {LockLease} }}";
}
