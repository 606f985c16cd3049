using AuthClients.Mocks.ResolveInsights;
using AuthClients.ResolveInsights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.EndToEnd.Tests.ResolveInsights;

/// <summary>
/// An RFC 6749 server handing out 2-second tokens, and the default 30-second skew: the skew is
/// capped at a tenth of the lifetime, so the token is refreshed once per lifetime, not per call.
/// </summary>
public sealed class ShortLivedTokenTests
{
    [Fact]
    public async Task Two_second_tokens_are_refreshed_3_to_4_times_in_7_and_a_half_seconds_of_calls()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var mock = await ResolveInsightsMock.StartAsync(new ResolveMockOptions { AccessTokenLifetime = TimeSpan.FromSeconds(2), TimeProvider = time });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddResolveInsightsClient(o => (o.BaseAddress, o.Username, o.Password) = (mock.BaseAddress, "demo@resolve.io", "demo-password"));
        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<IResolveInsightsApi>();

        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromSeconds(7.5); elapsed += TimeSpan.FromMilliseconds(50))
        {
            await api.GetLoggedInUserDetailAsync();
            time.Advance(TimeSpan.FromMilliseconds(50));
        }

        mock.PasswordGrants.ShouldBe(1);
        mock.RefreshGrants.ShouldBeInRange(3, 4);
        mock.Unauthorized.ShouldBe(0, "no call went out with an expired token");
    }
}
