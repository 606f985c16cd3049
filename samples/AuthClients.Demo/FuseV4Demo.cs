using AuthClients.Core;
using AuthClients.Fuse;
using AuthClients.Mocks.FuseV4;
using Microsoft.Extensions.Logging;

namespace AuthClients.Demo;

/// <summary>Fuse Universal v4.4 and below: multipart token call (201), auth_token query parameter.</summary>
internal static class FuseV4Demo
{
    public static async Task RunAsync(ILoggerFactory logging)
    {
        await using var mock = await FuseV4Mock.StartAsync();
        DemoConsole.Vendor("Fuse Universal v4.4 — POST /api/v4.4/token (multipart, 201), auth_token query parameter", mock.BaseAddress);

        StandaloneClient<IFuseV4Api> Client(string password) => FuseClient.CreateV4(
            o =>
            {
                o.BaseAddress = mock.BaseAddress;
                o.LoginName = FuseV4MockOptions.DemoLoginName;
                o.Password = password;
                o.ApiVersion = "v4.4";
            },
            logging);

        await using var fuse = Client(FuseV4MockOptions.DemoPassword);

        DemoConsole.Step("GET /api/v4.4/users/me: the client first posts the multipart token call; the token rides as auth_token=*** (masked)");
        var me = await fuse.Api.GetCurrentUserAsync("v4.4");
        DemoConsole.Result($"user {me.Id}; token calls so far: {mock.Logins}");

        DemoConsole.Step("the token is rotated on the server; one new token call, one retry");
        mock.RotateTokens();
        me = await fuse.Api.GetCurrentUserAsync("v4.4");
        DemoConsole.Result($"user {me.Id}; 401s seen: {mock.Unauthorized}; token calls so far: {mock.Logins}");

        DemoConsole.Step("a wrong password: 401 with errors.base, as a typed exception");
        await using var wrong = Client("not-the-password");
        await DemoConsole.ExpectFailureAsync<AuthenticationFailedException>(() => wrong.Api.GetCurrentUserAsync("v4.4"));
    }
}
