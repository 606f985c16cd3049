using AuthClients.Core;
using AuthClients.EndToEnd.Tests.Infrastructure;
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
    public async Task Two_second_tokens_are_refreshed_4_times_in_7_and_a_half_seconds_of_calls()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var mock = await ResolveInsightsMock.StartAsync(new ResolveMockOptions { AccessTokenLifetime = TimeSpan.FromSeconds(2), TimeProvider = time });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddResolveInsightsClient(o => (o.BaseAddress, o.Username, o.Password) = (mock.BaseAddress, "demo@resolve.io", "demo-password"));
        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<IResolveInsightsApi>();
        var tokens = provider.GetRequiredKeyedService<AuthSession>("AuthClients.ResolveInsights:").Tokens;

        var firstSeen = new Dictionary<string, TimeSpan>();
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromSeconds(7.5); elapsed += TimeSpan.FromMilliseconds(50))
        {
            await api.GetLoggedInUserDetailAsync();
            var token = Served(tokens);
            firstSeen.TryAdd(token, elapsed);
            if (elapsed - firstSeen[token] >= TimeSpan.FromSeconds(1.8))
            {
                // Past its renewal point the token is renewed in the background; a fake clock
                // gives that renewal no real time, so let it land before the clock moves on
                // (else the caller at expiry waits for it, and the schedule slips by a step).
                await Eventually.True(() => Served(tokens) != token, "the background renewal lands");
            }

            time.Advance(TimeSpan.FromMilliseconds(50));
        }

        // Renewal starts 0.2 s (a tenth of the lifetime) before each expiry: at 1.8, 3.6, 5.4
        // and 7.2 s, never on every call.
        mock.PasswordGrants.ShouldBe(1);
        mock.RefreshGrants.ShouldBe(4);
        mock.Unauthorized.ShouldBe(0, "no call went out with an expired token");
    }

    /// <summary>The token the session serves now; it holds a valid one here, so this does not wait.</summary>
    private static string Served(TokenSession tokens) => tokens.GetTokenAsync().AsTask().GetAwaiter().GetResult().Value;
}
