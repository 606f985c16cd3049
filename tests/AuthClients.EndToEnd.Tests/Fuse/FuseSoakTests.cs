using AuthClients.Fuse;
using AuthClients.Mocks.Fuse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.EndToEnd.Tests.Fuse;

/// <summary>
/// Bounded soak over loopback: 1000 calls in concurrent waves through a rotation on Fuse's side
/// (a 401 storm) and a token expiry on the client's clock. No call may fail, and the logins are exactly one per event.
/// </summary>
public sealed class FuseSoakTests
{
    private const int Calls = 1000;

    [Fact]
    public async Task A_thousand_concurrent_calls_survive_an_expiry_and_a_rotation_with_exactly_one_login_each()
    {
        await using var mock = await FuseMock.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddFuseClient(o =>
        {
            o.BaseAddress = mock.BaseAddress;
            o.LoginName = FuseMockUser.DemoLoginName;
            o.Password = FuseMockUser.DemoPassword;
            o.TokenLifetime = TimeSpan.FromMinutes(10);
        });
        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<IFuseV5Api>();
        await api.GetCurrentUserAsync();

        // Fuse rotates its tokens: then 500 concurrent calls all meet a 401 with the old token.
        var before = Wave(Calls / 4, api);
        await Task.WhenAll(before).WaitAsync(TimeSpan.FromMinutes(1));
        mock.RotateTokens();
        var wave1 = Wave(Calls / 4, api);
        await Task.WhenAll(wave1).WaitAsync(TimeSpan.FromMinutes(1));

        // Between waves the token expires on the client's clock. (Moving the fake clock while calls
        // are in flight would also fire the resilience pipeline's timeouts, which share that clock.)
        time.Advance(TimeSpan.FromMinutes(11));
        var wave2 = Wave(Calls / 2, api);
        await Task.WhenAll(wave2).WaitAsync(TimeSpan.FromMinutes(1));

        before.Concat(wave1).Concat(wave2).ShouldAllBe(c => c.IsCompletedSuccessfully);
        mock.Counters.CurrentUserCalls.ShouldBeGreaterThanOrEqualTo(Calls + 1);
        mock.Counters.Logins.ShouldBe(3, "one login at start, one after the rotation, one after the expiry");
    }

    private static Task[] Wave(int size, IFuseV5Api api) =>
        [.. Enumerable.Range(0, size).Select(async _ =>
        {
            await Task.Yield();
            await api.GetCurrentUserAsync();
        })];
}
