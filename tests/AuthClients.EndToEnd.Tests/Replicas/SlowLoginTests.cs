using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Mocks.ResolveInsights;

namespace AuthClients.EndToEnd.Tests.Replicas;

/// <summary>
/// A vendor's token endpoint slower than the renewal lock's lease: the process renewing for
/// all extends its lease while it waits, so no second process takes the lock and logs in or
/// spends the same refresh token, and the waiters do not give up on it.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class SlowLoginTests
{
    // Longer than the replicas' Redis bound (2 s), so one slow extension on a loaded machine
    // does not let the lease lapse; production's is 40 s.
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(3);

    // More than two leases: without the extensions the lock would change hands, and the
    // waiters would give up on the holder after two.
    private static readonly TimeSpan TokenAnswerDelay = TimeSpan.FromSeconds(7);

    [Fact]
    public async Task A_login_slower_than_the_lease_is_still_the_fleets_only_login()
    {
        var redis = await RedisServer.Shared();
        await using var mock = await ResolveInsightsMock.StartAsync(new ResolveMockOptions { SingleUseRefreshTokens = true });
        var prefix = $"test-{Guid.NewGuid():N}:";
        var logs = new CapturedLogs();
        var replicas = Enumerable.Range(0, 4)
            .Select(_ => Replica.Resolve(mock.BaseAddress, redis, prefix, logs, o => o.LockLease = Lease))
            .ToList();
        try
        {
            await Replica.AllReadyAsync(replicas);
            mock.State.Options.DelayTokenAnswer = () => Task.Delay(TokenAnswerDelay);

            await Replica.CallAllAsync(replicas, callers: 5);
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }

        mock.PasswordGrants.ShouldBe(1, "the holder kept its lease through the slow answer; nobody else logged in\n" + logs.Notable());
        logs.Notable().ShouldNotContain("Waited two lock leases", Case.Sensitive, "the waiters saw the holder extend its lease and kept waiting");
    }
}
