using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Fuse;
using AuthClients.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AuthClients.EndToEnd.Tests.Replicas;

/// <summary>
/// One replica of a service: a container of its own (its own sessions, Redis connection and
/// key ring object) sharing the Fuse session "acme" through a real Redis, as separate
/// processes would.
/// </summary>
internal sealed class Replica : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private Replica(ServiceProvider services)
    {
        _services = services;
        Api = services.GetRequiredKeyedService<IFuseV5Api>("acme");
    }

    public IFuseV5Api Api { get; }

    public static Replica Fuse(Uri mock, RedisServer redis, string prefix, string loginName, string password, CapturedLogs? logs = null, Action<RedisTokenCacheOptions>? tune = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            if (logs is not null)
            {
                logging.AddProvider(logs.Provider());
            }
        });
        collection.AddAuthClientsRedis(o =>
        {
            o.Configuration = redis.Configuration;
            o.KeyPrefix = prefix;
            tune?.Invoke(o);
        });
        collection.AddFuseClient("acme", o => (o.BaseAddress, o.LoginName, o.Password) = (mock, loginName, password))
            .UseDistributedTokenCache();
        return new Replica(collection.BuildServiceProvider());
    }

    /// <summary><paramref name="callers"/> concurrent calls on each replica; any failure fails the test.</summary>
    public static Task CallAllAsync(IEnumerable<Replica> replicas, int callers) =>
        Task.WhenAll(replicas.SelectMany(r => Enumerable.Range(0, callers).Select(_ => r.Api.GetCurrentUserAsync())));

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
