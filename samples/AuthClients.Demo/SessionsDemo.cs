using System.Net.Http.Json;
using AuthClients.Core;
using AuthClients.Demo.UserApis;
using AuthClients.Fuse;
using AuthClients.Mocks.Fuse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.Demo;

/// <summary>
/// The session as the unit: two named instances of one vendor in one container, the
/// application's own generated API and a plain HttpClient on one session (one login), and a
/// wrong password that is remembered instead of repeated.
/// </summary>
internal static class SessionsDemo
{
    public static async Task RunAsync(ILoggerFactory logging)
    {
        await using var acmeMock = await FuseMock.StartAsync(FuseMockOptions.Knowing(new FuseMockUser("acme.integration", "acme-password") { Id = 2001, Email = "integration@acme.example" }));
        await using var globexMock = await FuseMock.StartAsync(FuseMockOptions.Knowing(new FuseMockUser("globex.integration", "globex-password") { Id = 3001 }));
        DemoConsole.Vendor("Sessions — two named Fuse instances, your own APIs on one session, a remembered refusal", acmeMock.BaseAddress);

        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var services = DemoServices.Build(clock, logging, services =>
        {
            services.AddFuseClient("acme", o => (o.BaseAddress, o.LoginName, o.Password) = (acmeMock.BaseAddress, "acme.integration", "acme-password"))
                .AddApi<IFuseProfileApi>(FuseProfileJsonContext.CreateRefitSettings);
            services.AddFuseClient("globex", o => (o.BaseAddress, o.LoginName, o.Password) = (globexMock.BaseAddress, "globex.integration", "globex-password"));
            services.AddHttpClient<ProfileReader>().AddFuseSession("acme");
            services.AddFuseClient("typo", o => (o.BaseAddress, o.LoginName, o.Password) = (globexMock.BaseAddress, "globex.integration", "not-the-password"));
        });

        DemoConsole.Step("AddFuseClient(\"acme\", …) and AddFuseClient(\"globex\", …): each instance logs in to its own host with its own credentials");
        var acme = await services.GetRequiredKeyedService<IFuseV5Api>("acme").GetCurrentUserAsync();
        var globex = await services.GetRequiredKeyedService<IFuseV5Api>("globex").GetCurrentUserAsync();
        DemoConsole.Result($"acme: user {acme.Id}; globex: user {globex.Id}; logins: acme {acmeMock.Counters.Logins}, globex {globexMock.Counters.Logins}");

        DemoConsole.Step("your own generated API (.AddApi<IFuseProfileApi>) and a typed HttpClient (.AddFuseSession(\"acme\")) on the acme session");
        var profile = await services.GetRequiredKeyedService<IFuseProfileApi>("acme").GetProfileAsync();
        var email = await services.GetRequiredService<ProfileReader>().EmailAsync();
        DemoConsole.Result($"profile {profile.Id} <{email}>; acme logins still {acmeMock.Counters.Logins}: one login serves every API of the session");

        DemoConsole.Step("a wrong password: the refusal is remembered for a backoff window, so a busy service cannot lock the account");
        var typo = services.GetRequiredKeyedService<IFuseV5Api>("typo");
        await DemoConsole.ExpectFailureAsync<AuthenticationFailedException>(() => typo.GetCurrentUserAsync());
        await DemoConsole.ExpectFailureAsync<AuthenticationFailedException>(() => typo.GetCurrentUserAsync());
        DemoConsole.Result($"two calls, {globexMock.Counters.Logins - 1} login attempt with the wrong password");
    }


    /// <summary>A hand-written typed client on the session, for endpoints no spec describes.</summary>
    private sealed class ProfileReader(HttpClient http)
    {
        public async Task<string?> EmailAsync() =>
            (await http.GetFromJsonAsync<Me>("api/v5.0/users/me").ConfigureAwait(false))?.Email;

        private sealed record Me(string? Email);
    }
}
