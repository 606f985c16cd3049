using AuthClients.Core;
using AuthClients.Mocks.Saymon;
using AuthClients.Saymon;
using Microsoft.Extensions.Logging;

namespace AuthClients.Demo;

/// <summary>SAYMON: Basic-auth token creation (a JSON string), the api-token query parameter, nested errors.</summary>
internal static class SaymonDemo
{
    public static async Task RunAsync(ILoggerFactory logging)
    {
        await using var mock = await SaymonMock.StartAsync();
        DemoConsole.Vendor("SAYMON — POST /node/api/users/{id}/auth-token (Basic), api-token query parameter", mock.BaseAddress);

        StandaloneClient<ISaymonApi> Client(string login, string password, string userId) => SaymonClient.Create(
            o =>
            {
                o.BaseAddress = mock.BaseAddress;
                o.Login = login;
                o.Password = password;
                o.UserId = userId;
            },
            logging);

        await using var saymon = Client("admin", "admin-password", SaymonMockOptions.AdminId);

        DemoConsole.Step("GET /node/api/users/current: the client creates a token with Basic credentials first; api-token=*** in the log");
        var me = await saymon.Api.GetCurrentUserAsync();
        DemoConsole.Result($"user {me.Login} ({me.Id}), permissions: {string.Join(", ", me.Permissions ?? [])}; tokens created: {mock.TokensCreated}");

        DemoConsole.Step("the token is revoked on the server; one new token, one retry");
        mock.State.RevokeTokens();
        me = await saymon.Api.GetCurrentUserAsync();
        DemoConsole.Result($"user {me.Login}; 401s seen: {mock.Unauthorized}; tokens created: {mock.TokensCreated}");

        DemoConsole.Step("a user without manage-users may not create tokens: 403 with SAYMON's nested message");
        await using var viewer = Client("viewer", "viewer-password", SaymonMockOptions.ViewerId);
        await DemoConsole.ExpectFailureAsync<AuthenticationFailedException>(() => viewer.Api.GetCurrentUserAsync());
    }
}
