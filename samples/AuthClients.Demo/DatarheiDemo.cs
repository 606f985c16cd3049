using AuthClients.Core;
using AuthClients.Datarhei;
using AuthClients.Mocks.Datarhei;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.Demo;

/// <summary>datarhei Core: JWT login, refresh from exp, re-login after exi, the failed-login brake.</summary>
internal static class DatarheiDemo
{
    public static async Task RunAsync(ILoggerFactory logging)
    {
        // One fake clock for the mock and the client: token expiry without waiting. The failed-login
        // brake is real time (5 s, as datarhei Core's source has it).
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var mock = await DatarheiMock.StartAsync(new DatarheiMockOptions { TimeProvider = clock });
        DemoConsole.Vendor("datarhei Core — POST /api/login (JWT pair), GET /api/login/refresh, Bearer on /api/v3", mock.BaseAddress);

        await using var services = Services(mock.BaseAddress, clock, logging, password: "datarhei");
        var api = services.GetRequiredService<IDatarheiApi>();

        DemoConsole.Step("GET /api/v3/fs: the client logs in first and reads exp/exi from the JWTs");
        var filesystems = await api.ListFilesystemsAsync();
        DemoConsole.Result($"filesystems: {string.Join(", ", filesystems.Select(f => f.Name + " at " + f.Mount))}; logins: {mock.Logins}");

        DemoConsole.Step("20 s before the access token's exp: the call goes on with the valid token while GET /api/login/refresh renews it in the background");
        clock.Advance(TimeSpan.FromSeconds(600 - 20));
        await api.ListFilesystemsAsync();
        await DemoConsole.BackgroundAsync(() => mock.Refreshes == 1);
        DemoConsole.Result($"refreshes: {mock.Refreshes}; logins: {mock.Logins}");

        DemoConsole.Step("a day later the refresh token has expired too: the client logs in again");
        clock.Advance(TimeSpan.FromDays(1));
        await api.ListFilesystemsAsync();
        DemoConsole.Result($"refreshes: {mock.Refreshes}; logins: {mock.Logins}");

        DemoConsole.Step("a wrong password: Core answers 401 after its 5-second brake; the client waits for it instead of timing out");
        await using var wrong = Services(mock.BaseAddress, clock, logging, password: "not-the-password");
        await DemoConsole.ExpectFailureAsync<AuthenticationFailedException>(() => wrong.GetRequiredService<IDatarheiApi>().ListFilesystemsAsync());
    }

    private static ServiceProvider Services(Uri baseAddress, TimeProvider clock, ILoggerFactory logging, string password) =>
        DemoServices.Build(clock, logging, services => services.AddDatarheiClient(o =>
        {
            o.BaseAddress = baseAddress;
            o.Username = "admin";
            o.Password = password;
        }));
}
