using AuthClients.Core;
using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Fuse;
using AuthClients.Redis;
using AuthClients.ResolveInsights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AuthClients.EndToEnd.Tests.Replicas;

/// <summary>
/// One replica of a service: a container of its own (its own sessions, Redis connection and
/// key ring object) sharing the session "acme" through a real Redis, as separate processes
/// would.
/// </summary>
internal sealed class Replica : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly Func<Task> _call;

    private Replica(ServiceProvider services, Func<IServiceProvider, Func<Task>> call)
    {
        _services = services;
        _call = call(services);
    }

    /// <summary>True while this replica shares through Redis (it answered, or the connection came back).</summary>
    public static readonly TimeSpan TestOperationTimeout = TimeSpan.FromSeconds(2);

    public bool Sharing => _services.GetRequiredService<RedisTokenStore>().Availability.IsUp;

    public static Replica Fuse(Uri mock, RedisServer redis, string prefix, string loginName, string password, CapturedLogs? logs = null, Action<RedisTokenCacheOptions>? tune = null) =>
        Create(
            redis,
            prefix,
            logs,
            tune,
            s => s.AddFuseClient("acme", o => (o.BaseAddress, o.LoginName, o.Password) = (mock, loginName, password)),
            sp =>
            {
                var api = sp.GetRequiredKeyedService<IFuseV5Api>("acme");
                return () => api.GetCurrentUserAsync();
            });

    public static Replica Resolve(Uri mock, RedisServer redis, string prefix, CapturedLogs? logs = null, Action<RedisTokenCacheOptions>? tune = null) =>
        Create(
            redis,
            prefix,
            logs,
            tune,
            s => s.AddResolveInsightsClient("acme", o => (o.BaseAddress, o.Username, o.Password) = (mock, "demo@resolve.io", "demo-password")),
            sp =>
            {
                var api = sp.GetRequiredKeyedService<IResolveInsightsApi>("acme");
                return () => api.GetLoggedInUserDetailAsync();
            });

    public T Api<T>()
        where T : notnull => _services.GetRequiredKeyedService<T>("acme");

    public Task CallAsync() => _call();

    /// <summary><paramref name="callers"/> concurrent calls on each replica; any failure fails the test.</summary>
    public static Task CallAllAsync(IEnumerable<Replica> replicas, int callers) =>
        Task.WhenAll(replicas.SelectMany(r => Enumerable.Range(0, callers).Select(_ => r.CallAsync())));

    /// <summary>
    /// Waits until every replica is connected with its key ring loaded, as a readiness probe
    /// would before traffic: the tests count logins of a fleet at work, not of a cold start on
    /// a machine busy with the other test classes.
    /// </summary>
    public static Task AllReadyAsync(IEnumerable<Replica> replicas) =>
        Task.WhenAll(replicas.Select(r => r._services.GetRequiredService<RedisTokenStore>().ReadyAsync())).WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Waits (at most 15 s) until every replica shares through Redis again.</summary>
    public static async Task AllSharingAsync(IEnumerable<Replica> replicas)
    {
        for (var waited = 0; waited < 300 && !replicas.All(r => r.Sharing); waited++)
        {
            await Task.Delay(50);
        }

        replicas.ShouldAllBe(r => r.Sharing, "Redis is back, and every replica's connection should have been restored");
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static Replica Create(RedisServer redis, string prefix, CapturedLogs? logs, Action<RedisTokenCacheOptions>? tune, Func<IServiceCollection, AuthClientBuilder> register, Func<IServiceProvider, Func<Task>> call)
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
            // The test run's other classes load both cores at the same time; a bound of 250 ms
            // would send replicas off alone when the machine, not Redis, is slow. The slow-Redis
            // test sets its own bound and stalls Redis well beyond it.
            o.OperationTimeout = TestOperationTimeout;
            tune?.Invoke(o);
        });
        register(collection).UseDistributedTokenCache();
        return new Replica(collection.BuildServiceProvider(), call);
    }
}
