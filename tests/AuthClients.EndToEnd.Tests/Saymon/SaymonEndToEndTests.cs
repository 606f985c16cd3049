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

    private ISaymonApi Api(string login, string password, string userId = SaymonMockOptions.AdminId)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs.Provider()));
        services.AddSaymonClient(o =>
        {
            o.BaseAddress = _mock.BaseAddress;
            o.Login = login;
            o.Password = password;
            o.UserId = userId;
        });
        return services.BuildServiceProvider().GetRequiredService<ISaymonApi>();
    }
}
