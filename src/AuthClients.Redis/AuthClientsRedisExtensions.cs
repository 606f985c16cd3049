using AuthClients.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AuthClients.Redis;

/// <summary>Shares sessions across the replicas of a service through Redis.</summary>
public static class AuthClientsRedisExtensions
{
    /// <summary>
    /// The Redis that sessions opting in with <see cref="UseDistributedTokenCache(AuthClientBuilder)"/> share their
    /// tokens through. Call once; the connection, the HybridCache over it and the Data
    /// Protection key ring that encrypts the tokens are this package's own, so the
    /// application's distributed cache and Data Protection set-up are left as they are.
    /// </summary>
    public static IServiceCollection AddAuthClientsRedis(this IServiceCollection services, Action<RedisTokenCacheOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        if (services.Any(d => d.ServiceType == typeof(RedisTokenStore)))
        {
            throw new InvalidOperationException("AddAuthClientsRedis is called already; call it once per service collection.");
        }

        var options = new RedisTokenCacheOptions();
        configure(options);
        Validate(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new RedisTokenStore(
            options,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance));
        return services;
    }

    /// <summary>
    /// Shares this session with every process that registers the same session (same vendor
    /// client, session name, base address and account) on the same Redis: one login or refresh
    /// per expiry for all of them, a rejected token replaced once for all, the latest refresh
    /// token in one place. The in-memory token stays the hot path. Needs
    /// <see cref="AddAuthClientsRedis"/>.
    /// </summary>
    public static AuthClientBuilder UseDistributedTokenCache(this AuthClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ShareTokensThrough(sp => new RedisTokenSharing(
            sp.GetService<RedisTokenStore>()
                ?? throw new InvalidOperationException($"The session '{builder.SessionName}' of {builder.Name} uses the distributed token cache, but no Redis is registered: call services.AddAuthClientsRedis(o => o.Configuration = \"host:port\") first."),
            sp.GetRequiredService<TimeProvider>(),
            (sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger("AuthClients.Redis")));
    }

    /// <summary>
    /// Runtime tenants share their sessions through the Redis of <see cref="AddAuthClientsRedis"/>,
    /// as <see cref="UseDistributedTokenCache(AuthClientBuilder)"/> does for a named session:
    /// each tenant's session with the same one in the other processes (same client, tenant,
    /// base address and account). Pass it in <c>Add&lt;Vendor&gt;Tenants(load, tenants =&gt; tenants.UseDistributedTokenCache())</c>.
    /// </summary>
    public static TenantCacheOptions UseDistributedTokenCache(this TenantCacheOptions tenants)
    {
        ArgumentNullException.ThrowIfNull(tenants);
        return tenants.ShareTokensThrough(sp => new RedisTokenSharing(
            sp.GetService<RedisTokenStore>()
                ?? throw new InvalidOperationException("Tenant sessions use the distributed token cache, but no Redis is registered: call services.AddAuthClientsRedis(o => o.Configuration = \"host:port\") first."),
            sp.GetRequiredService<TimeProvider>(),
            (sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger("AuthClients.Redis")));
    }

    private static void Validate(RedisTokenCacheOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Configuration))
        {
            throw new ArgumentException("Set RedisTokenCacheOptions.Configuration (the StackExchange.Redis configuration string, e.g. \"redis:6379\").", nameof(options));
        }

        if (options.OperationTimeout <= TimeSpan.Zero || options.LockLease <= TimeSpan.Zero || options.RetryAfterFailure < TimeSpan.Zero)
        {
            throw new ArgumentException("RedisTokenCacheOptions: OperationTimeout and LockLease must be positive, RetryAfterFailure not negative.", nameof(options));
        }

        // The holder extends its lease with a Redis operation that may take OperationTimeout:
        // a lease no longer than that could lapse while a live holder is still renewing.
        if (options.LockLease <= options.OperationTimeout)
        {
            throw new ArgumentException($"RedisTokenCacheOptions: LockLease ({options.LockLease}) must be longer than OperationTimeout ({options.OperationTimeout}).", nameof(options));
        }
    }
}
