using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Mocks.Fuse;

namespace AuthClients.EndToEnd.Tests.Replicas;

/// <summary>
/// Redis is not a single point of failure: down, slow or flushed, every call still succeeds on
/// the in-process session, each replica logs one warning, and sharing resumes when Redis
/// answers again. Each test has a redis-server of its own to stop, pause or flush.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class RedisOutageTests : IAsyncLifetime
{
    private const int ReplicaCount = 4;
    private const string Unavailable = "Redis is unavailable";
    private const string Resumed = "sessions are shared again";
    private readonly CapturedLogs _logs = new();
    private readonly List<Replica> _replicas = [];
    private FuseMock _mock = null!;
    private RedisServer _redis = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartOwnAsync();
        _mock = await FuseMock.StartAsync();
        for (var i = 0; i < ReplicaCount; i++)
        {
            _replicas.Add(Replica.Fuse(
                _mock.BaseAddress, _redis, "outage:", FuseMockUser.DemoLoginName, FuseMockUser.DemoPassword, _logs,
                o => o.RetryAfterFailure = TimeSpan.FromMilliseconds(200)));
        }

        await Replica.AllReadyAsync(_replicas);
    }

    public async Task DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }

        await _mock.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Redis_down_every_call_succeeds_each_replica_warns_once_and_sharing_resumes_when_it_is_back()
    {
        await Replica.CallAllAsync(_replicas, callers: 10);
        _mock.Counters.Logins.ShouldBe(1, _logs.Notable());

        await _redis.StopAsync();
        for (var rotation = 0; rotation < 2; rotation++)
        {
            _mock.RotateTokens();
            await Replica.CallAllAsync(_replicas, callers: 10);
        }

        _mock.Counters.Logins.ShouldBe(1 + (2 * ReplicaCount), "while Redis is down each replica renews alone, once per rotation\n" + _logs.Notable());
        Count(Unavailable).ShouldBe(ReplicaCount, "one warning per replica for the whole outage");

        await _redis.StartAsync();
        await Replica.AllSharingAsync(_replicas);
        _mock.RotateTokens();
        await Replica.CallAllAsync(_replicas, callers: 10);

        _mock.Counters.Logins.ShouldBe(2 + (2 * ReplicaCount), "sharing resumed: one login for all again\n" + _logs.Notable());
        Count(Resumed).ShouldBe(ReplicaCount);
    }

    [Fact]
    public async Task Redis_slower_than_the_bound_every_call_succeeds_on_the_replicas_own_sessions()
    {
        await Replica.CallAllAsync(_replicas, callers: 10);
        _mock.Counters.Logins.ShouldBe(1, _logs.Notable());

        // DEBUG SLEEP holds the whole server, as a stalled Redis would, for 3 times the bound.
        var stall = _redis.ExecuteAsync("DEBUG", "SLEEP", "6");
        await Task.Delay(100);
        _mock.RotateTokens();
        await Replica.CallAllAsync(_replicas, callers: 10);
        await stall;

        _mock.Counters.Logins.ShouldBe(1 + ReplicaCount, "each replica renewed alone instead of waiting for Redis\n" + _logs.Notable());
        Count(Unavailable).ShouldBe(ReplicaCount);

        await Replica.AllSharingAsync(_replicas);
        _mock.RotateTokens();
        await Replica.CallAllAsync(_replicas, callers: 10);
        _mock.Counters.Logins.ShouldBe(2 + ReplicaCount, "Redis answered in time again: one login for all\n" + _logs.Notable());
    }

    [Fact]
    public async Task Redis_flushed_the_next_renewal_is_one_login_for_all_again()
    {
        await Replica.CallAllAsync(_replicas, callers: 10);

        await _redis.ExecuteAsync("FLUSHALL");
        await Replica.CallAllAsync(_replicas, callers: 10);
        _mock.Counters.Logins.ShouldBe(1, "the replicas' own tokens are still good: no login for an empty Redis\n" + _logs.Notable());

        _mock.RotateTokens();
        await Replica.CallAllAsync(_replicas, callers: 10);

        _mock.Counters.Logins.ShouldBe(2, _logs.Notable());
        Count(Unavailable).ShouldBe(0, "an empty Redis is not an outage");
    }

    private int Count(string text) => _logs.Lines.Count(line => line.Contains(text, StringComparison.Ordinal));
}
