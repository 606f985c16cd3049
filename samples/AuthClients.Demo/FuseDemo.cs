using AuthClients.Core;
using AuthClients.Fuse;
using AuthClients.Mocks.Fuse;
using Microsoft.Extensions.Logging;

namespace AuthClients.Demo;

/// <summary>Fuse Universal v5: session login, Auth-Token header, rotating tokens, the 401 error body.</summary>
internal static class FuseDemo
{
    public static async Task RunAsync(ILoggerFactory logging)
    {
        await using var mock = await FuseMock.StartAsync();
        DemoConsole.Vendor("Fuse Universal v5 — POST /api/v5.0/session, Auth-Token header, rotating tokens", mock.BaseAddress);

        await using var fuse = FuseClient.Create(
            o =>
            {
                o.BaseAddress = mock.BaseAddress;
                o.LoginName = FuseMockUser.Demo.LoginName;
                o.Password = FuseMockUser.Demo.Password;
            },
            logging);

        DemoConsole.Step("GET /api/v5.0/users/me with no token yet: the client logs in first");
        var me = await fuse.Api.GetCurrentUserAsync();
        DemoConsole.Result($"user {me.Id}; logins so far: {mock.Counters.Logins}");

        DemoConsole.Step("the same call again: the cached token is reused");
        await fuse.Api.GetCurrentUserAsync();
        DemoConsole.Result($"logins so far: {mock.Counters.Logins}");

        DemoConsole.Step("Fuse rotates its tokens; the next call gets 401, logs in once more and is retried once");
        mock.RotateTokens();
        me = await fuse.Api.GetCurrentUserAsync();
        DemoConsole.Result($"user {me.Id}; 401s seen: {mock.Counters.Unauthorized}; logins so far: {mock.Counters.Logins}");

        DemoConsole.Step("a wrong password: the documented 401 body becomes a typed exception");
        await using var wrong = FuseClient.Create(
            o =>
            {
                o.BaseAddress = mock.BaseAddress;
                o.LoginName = FuseMockUser.Demo.LoginName;
                o.Password = "not-the-password";
            },
            logging);
        try
        {
            await wrong.Api.GetCurrentUserAsync();
            throw new InvalidOperationException("the mock accepted a wrong password");
        }
        catch (AuthenticationFailedException ex)
        {
            DemoConsole.Result($"{ex.GetType().Name}: {ex.Message} (errors.base = \"{ex.ErrorMessage}\")");
        }
    }
}
