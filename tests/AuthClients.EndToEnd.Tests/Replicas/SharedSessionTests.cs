using AuthClients.Core;
using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Fuse;
using AuthClients.Mocks.Fuse;
using AuthClients.Redis;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace AuthClients.EndToEnd.Tests.Replicas;

/// <summary>Replicas sharing one Fuse session through the test run's Redis: one login for all of them.</summary>
[Collection(TimingSensitive.Name)]
public sealed class SharedSessionTests : IAsyncLifetime
{
    private readonly string _prefix = $"test-{Guid.NewGuid():N}:";
    private readonly List<Replica> _replicas = [];
    private readonly CapturedLogs _logs = new();
    private FuseMock _mock = null!;
    private RedisServer _redis = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.Shared();
        _mock = await FuseMock.StartAsync(FuseMockOptions.Knowing(
            new FuseMockUser("acme.ops", "ops-password-4711") { Id = 1 },
            new FuseMockUser("acme.audit", "audit-password-0815") { Id = 2 }));
    }

    public async Task DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }

        await _mock.DisposeAsync();
    }

    [Fact]
    public async Task Eight_replicas_log_in_once_and_a_401_storm_after_a_server_side_rotation_costs_one_login()
    {
        var replicas = Replicas(8);
        await Replica.AllReadyAsync(replicas);

        await Replica.CallAllAsync(replicas, callers: 25);
        _mock.Counters.Logins.ShouldBe(1, _mock.Counters.ToString());

        _mock.RotateTokens();
        await Replica.CallAllAsync(replicas, callers: 25);

        _mock.Counters.Logins.ShouldBe(2, "the replicas whose token was rejected adopt the one replacement");
        _mock.Counters.Unauthorized.ShouldBeGreaterThanOrEqualTo(8, "every replica met the rotation");
    }

    [Fact]
    public async Task Redis_holds_no_token_password_or_account_name_in_clear()
    {
        var replica = Replicas(1)[0];
        await Replica.CallAllAsync([replica], callers: 1);

        var dump = await _redis.DumpAsync(_prefix);

        dump.Keys.ShouldContain(k => k.Contains(":token:", StringComparison.Ordinal), "the session's token was stored");
        var token = _mock.IssuedTokens.ShouldHaveSingleItem();
        foreach (var (key, value) in dump)
        {
            key.ShouldNotContain("acme.ops");
            foreach (var secret in new[] { token, "ops-password-4711", "acme.ops" })
            {
                value.ShouldNotContain(secret, Case.Sensitive, $"{key} holds a secret in clear");
            }
        }
    }

    [Fact]
    public async Task Two_accounts_of_one_instance_on_one_redis_never_read_each_others_token()
    {
        var ops = Replica.Fuse(_mock.BaseAddress, _redis, _prefix, "acme.ops", "ops-password-4711");
        var audit = Replica.Fuse(_mock.BaseAddress, _redis, _prefix, "acme.audit", "audit-password-0815");
        _replicas.AddRange([ops, audit]);

        (await ops.Api<IFuseV5Api>().GetCurrentUserAsync()).Id.ShouldBe(1);
        (await audit.Api<IFuseV5Api>().GetCurrentUserAsync()).Id.ShouldBe(2);
        (await ops.Api<IFuseV5Api>().GetCurrentUserAsync()).Id.ShouldBe(1);

        _mock.Counters.Logins.ShouldBe(2);
    }

    [Fact]
    public async Task A_renewing_process_that_died_holding_the_lock_releases_it_when_its_lease_ends()
    {
        var replicas = Replicas(4, o => o.LockLease = TimeSpan.FromSeconds(3));
        await Replica.AllReadyAsync(replicas);
        var key = SharedTokenKey.For(_prefix, new SessionIdentity("AuthClients.Fuse.V5", "acme", _mock.BaseAddress, "acme.ops"));
        await using (var dead = await ConnectionMultiplexer.ConnectAsync(_redis.Configuration))
        {
            (await dead.GetDatabase().LockTakeAsync(SharedTokenKey.Lock(key), "a-process-that-died", TimeSpan.FromSeconds(3))).ShouldBeTrue();
        }

        await Replica.CallAllAsync(replicas, callers: 10);

        _mock.Counters.Logins.ShouldBe(1, "after the lease one replica logged in for all\n" + _logs.Notable());
    }

    [Fact]
    public async Task A_replica_with_another_key_ring_is_warned_once_and_goes_on_with_a_login_of_its_own()
    {
        var other = Replicas(1, o => o.DataProtection = new EphemeralDataProtectionProvider())[0];
        await Replica.AllReadyAsync([other]);
        await Replica.CallAllAsync([other], callers: 1);
        var replica = Replicas(1)[0];
        await Replica.AllReadyAsync([replica]);

        await Replica.CallAllAsync([replica], callers: 5);

        _mock.Counters.Logins.ShouldBe(2, "the entry the other key ring wrote does not open here, so this replica logs in");
        _logs.Notable().Split('\n').Count(l => l.Contains("does not open with this process's Data Protection key ring", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void A_lease_no_longer_than_the_redis_bound_is_refused_with_both_values()
    {
        var error = Should.Throw<ArgumentException>(() => new ServiceCollection().AddAuthClientsRedis(o =>
        {
            o.Configuration = _redis.Configuration;
            o.OperationTimeout = TimeSpan.FromSeconds(2);
            o.LockLease = TimeSpan.FromSeconds(2);
        }));

        error.Message.ShouldContain("LockLease (00:00:02) must be longer than OperationTimeout (00:00:02)");
    }

    [Fact]
    public async Task A_session_asking_for_the_distributed_cache_without_a_redis_says_what_to_call()
    {
        var collection = new ServiceCollection();
        collection.AddFuseClient("acme", o => (o.BaseAddress, o.LoginName, o.Password) = (_mock.BaseAddress, "acme.ops", "ops-password-4711"))
            .UseDistributedTokenCache();
        await using var services = collection.BuildServiceProvider();

        var error = Should.Throw<InvalidOperationException>(() => services.GetRequiredKeyedService<IFuseV5Api>("acme"));

        error.Message.ShouldContain("AddAuthClientsRedis");
    }

    private List<Replica> Replicas(int count, Action<RedisTokenCacheOptions>? tune = null)
    {
        var replicas = Enumerable.Range(0, count)
            .Select(_ => Replica.Fuse(_mock.BaseAddress, _redis, _prefix, "acme.ops", "ops-password-4711", _logs, tune))
            .ToList();
        _replicas.AddRange(replicas);
        return replicas;
    }
}
