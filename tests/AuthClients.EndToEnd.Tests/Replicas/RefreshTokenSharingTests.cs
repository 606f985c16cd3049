using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Mocks.ResolveInsights;

namespace AuthClients.EndToEnd.Tests.Replicas;

/// <summary>
/// Single-use refresh tokens (RFC 6749 §6) across replicas: the shared entry carries the latest
/// one, and no replica sends a refresh token another has spent.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class RefreshTokenSharingTests
{
    [Fact]
    public async Task Replicas_refresh_once_per_expiry_with_the_latest_refresh_token_and_never_a_spent_one()
    {
        var redis = await RedisServer.Shared();
        await using var mock = await ResolveInsightsMock.StartAsync(new ResolveMockOptions
        {
            // Renewed at 90 % of its life: a 2-second token would leave 0.2 s for a call to reach
            // the mock, which a loaded machine does not always manage.
            AccessTokenLifetime = TimeSpan.FromSeconds(3),
            SingleUseRefreshTokens = true,
        });
        var prefix = $"test-{Guid.NewGuid():N}:";
        var logs = new CapturedLogs();
        var replicas = Enumerable.Range(0, 4).Select(_ => Replica.Resolve(mock.BaseAddress, redis, prefix, logs)).ToList();
        try
        {
            await Replica.AllReadyAsync(replicas);

            // Every replica calls until the fleet has refreshed three times (about 8 s of 3-second tokens).
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(45));
            await Task.WhenAll(replicas.Select(async replica =>
            {
                while (mock.RefreshGrants < 3)
                {
                    bound.Token.ThrowIfCancellationRequested();
                    await replica.CallAsync();
                    await Task.Delay(50, bound.Token);
                }
            }));
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }

        mock.PasswordGrants.ShouldBe(1, "one login for the fleet; every later renewal is a refresh\n" + logs.Notable());
        mock.SpentRefreshReuses.ShouldBe(0, "no replica sent a refresh token another had spent\n" + logs.Notable());
        mock.RefreshGrants.ShouldBe(3, "one refresh per expiry for all four replicas\n" + logs.Notable());
    }
}
