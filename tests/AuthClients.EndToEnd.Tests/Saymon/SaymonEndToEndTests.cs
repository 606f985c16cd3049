using System.Net;
using AuthClients.Core;
using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Mocks.Saymon;
using AuthClients.Saymon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AuthClients.EndToEnd.Tests.Saymon;

/// <summary>The SAYMON client against the SAYMON mock over loopback.</summary>
public sealed class SaymonEndToEndTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private SaymonMock _mock = null!;

    public async Task InitializeAsync() => _mock = await SaymonMock.StartAsync();

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    [Fact]
    public async Task The_token_is_created_with_Basic_credentials_unquoted_and_sent_as_api_token()
    {
        var api = Api("admin", "admin-password");

        var user = await api.GetCurrentUserAsync();
        await api.GetCurrentUserAsync();

        user.Login.ShouldBe("admin");
        user.Permissions!.ShouldContain("manage-users");
        _mock.TokensCreated.ShouldBe(1);
    }

    [Fact]
    public async Task A_revoked_token_is_replaced_once_and_the_call_retried()
    {
        var api = Api("admin", "admin-password");
        await api.GetCurrentUserAsync();
        _mock.State.RevokeTokens();

        (await api.GetCurrentUserAsync()).Login.ShouldBe("admin");

        _mock.TokensCreated.ShouldBe(2);
        _mock.Unauthorized.ShouldBe(1);
    }

    [Fact]
    public async Task Wrong_Basic_credentials_give_the_nested_message_of_SAYMONs_error()
    {
        var error = await Should.ThrowAsync<AuthenticationFailedException>(() => Api("admin", "wrong-pass-123").GetCurrentUserAsync());

        error.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        error.ErrorCode.ShouldBe("InvalidCredentials");
        error.ErrorMessage.ShouldBe("Invalid login or password.");
        error.Error.Details.ShouldBe(["errorCode 3"]);
        error.Message.ShouldNotContain("wrong-pass-123");
    }

    [Fact]
    public async Task A_caller_without_manage_users_is_refused_with_a_typed_error()
    {
        var error = await Should.ThrowAsync<AuthenticationFailedException>(() => Api("viewer", "viewer-password").GetCurrentUserAsync());

        error.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        error.ErrorMessage.ShouldBe("Permission denied: manage-users.");
    }

    [Fact]
    public async Task An_unknown_user_id_gives_a_404_VendorApiException()
    {
        var error = await Should.ThrowAsync<VendorApiException>(() => Api("admin", "admin-password", userId: "000000000000000000000000").GetCurrentUserAsync());

        error.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        error.ErrorMessage.ShouldBe("User not found.");
    }

    [Fact]
    public async Task The_api_token_never_reaches_a_log_line()
    {
        var api = Api("admin", "admin-password");
        await api.GetCurrentUserAsync();
        _mock.State.RevokeTokens();
        await api.GetCurrentUserAsync();

        _logs.Lines.ShouldContain(l => l.Contains("api-token=***", StringComparison.Ordinal));
        _logs.ShouldNotContainAny(["admin-password", .. _mock.State.IssuedTokens]);
    }

    [Fact]
    public void Options_are_validated_at_creation_naming_what_is_missing()
    {
        SaymonClient.Create(o =>
        {
            o.BaseAddress = _mock.BaseAddress;
            o.Login = "admin";
            o.Password = "admin-password";
            o.UserId = SaymonMockOptions.AdminId;
        }).Dispose();
        Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => SaymonClient.Create(o => o.BaseAddress = _mock.BaseAddress))
            .Message.ShouldContain("UserId");
    }

    [Theory]
    [InlineData("<html><body>Please sign in to the proxy</body></html>", "text/html")]
    [InlineData("""{"token":"a5f946dc-4c21-4ccd-b78b-f0a5fce94f4d"}""", "application/json")]
    [InlineData("\"\"", "application/json")]
    public async Task A_token_answer_that_is_not_a_token_fails_the_login_and_is_never_sent(string body, string contentType)
    {
        await using var server = await FaultServer.StartAsync((ctx, _) => FaultServer.Json(ctx, 200, body, contentType));

        var error = await Should.ThrowAsync<UnexpectedResponseException>(() => Api("admin", "admin-password", at: server.BaseAddress).GetCurrentUserAsync());

        error.Message.ShouldContain("not the documented JSON string");
        server.Hits.Keys.ShouldBe([$"/node/api/users/{SaymonMockOptions.AdminId}/auth-token"]);
    }

    [Fact]
    public async Task A_bare_token_from_a_proxy_is_taken_as_it_is()
    {
        const string token = "a5f946dc-4c21-4ccd-b78b-f0a5fce94f4d";
        await using var server = await FaultServer.StartAsync((ctx, _) => ctx.Request.Path.Value!.EndsWith("/auth-token", StringComparison.Ordinal)
            ? FaultServer.Json(ctx, 200, token + "\n", "text/plain")
            : ctx.Request.Query["api-token"] == token
                ? FaultServer.Json(ctx, 200, """{"id":"5e21b752308c3c66d64e072c","login":"admin"}""")
                : FaultServer.Json(ctx, 401, """{"code":"Unauthorized","message":"Invalid API token."}"""));

        (await Api("admin", "admin-password", at: server.BaseAddress).GetCurrentUserAsync()).Login.ShouldBe("admin");
    }

    private ISaymonApi Api(string login, string password, string userId = SaymonMockOptions.AdminId, Uri? at = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs.Provider()));
        services.AddSaymonClient(o =>
        {
            o.BaseAddress = at ?? _mock.BaseAddress;
            o.Login = login;
            o.Password = password;
            o.UserId = userId;
        });
        return services.BuildServiceProvider().GetRequiredService<ISaymonApi>();
    }
}
