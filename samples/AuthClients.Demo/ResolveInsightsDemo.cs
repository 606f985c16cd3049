using AuthClients.Core;
using AuthClients.Mocks.ResolveInsights;
using AuthClients.ResolveInsights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.Demo;

/// <summary>Resolve Insights: OAuth password grant, refresh before expiry, fallback, RFC 6749 errors.</summary>
internal static class ResolveInsightsDemo
{
    public static async Task RunAsync(ILoggerFactory logging)
    {
        // One fake clock for the mock and the client, so the demo shows expiry without waiting 12 hours.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var mock = await ResolveInsightsMock.StartAsync(new ResolveMockOptions { TimeProvider = clock });
        DemoConsole.Vendor("Resolve Insights — POST /oauth/token (password and refresh_token grants), Bearer", mock.BaseAddress);

        // The DI way, as an application would register it.
        await using var services = Services(mock.BaseAddress, clock, logging, clientSecret: "fixstream");
        var api = services.GetRequiredService<IResolveInsightsApi>();

        DemoConsole.Step("GET /api/v2/users/loggedIn/detail: password grant first (client fixstreamapp, scope 'read write trust')");
        var me = await api.GetLoggedInUserDetailAsync();
        DemoConsole.Result($"{me.Name} <{me.Email}>, sites: {string.Join(", ", me.DefaultSite ?? [])}; password grants: {mock.PasswordGrants}");

        DemoConsole.Step("12 hours later, 20 s before expires_in (43199 s) ends: the call goes on with the valid token while the refresh_token grant renews it in the background");
        clock.Advance(TimeSpan.FromSeconds(43199 - 20));
        await api.GetLoggedInUserDetailAsync();
        await DemoConsole.BackgroundAsync(() => mock.RefreshGrants == 1);
        DemoConsole.Result($"refresh grants: {mock.RefreshGrants}; password grants: {mock.PasswordGrants}");

        DemoConsole.Step("the refresh token is revoked: invalid_grant, so the client falls back to the password grant once");
        mock.State.ExpireRefreshTokens();
        clock.Advance(TimeSpan.FromSeconds(43199 - 20));
        await api.GetLoggedInUserDetailAsync();
        await DemoConsole.BackgroundAsync(() => mock.PasswordGrants == 2);
        DemoConsole.Result($"refresh grants: {mock.RefreshGrants}; password grants: {mock.PasswordGrants}");

        DemoConsole.Step("a wrong client secret: RFC 6749 invalid_client as a typed exception");
        await using var wrong = Services(mock.BaseAddress, clock, logging, clientSecret: "not-the-secret");
        await DemoConsole.ExpectFailureAsync<AuthenticationFailedException>(() => wrong.GetRequiredService<IResolveInsightsApi>().GetLoggedInUserDetailAsync());
    }

    private static ServiceProvider Services(Uri baseAddress, TimeProvider clock, ILoggerFactory logging, string clientSecret) =>
        DemoServices.Build(clock, logging, services => services.AddResolveInsightsClient(o =>
        {
            o.BaseAddress = baseAddress;
            o.Username = "demo@resolve.io";
            o.Password = "demo-password";
            o.ClientSecret = clientSecret;
        }));
}
