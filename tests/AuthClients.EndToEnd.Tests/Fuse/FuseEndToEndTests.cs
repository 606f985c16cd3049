using System.Net;
using AuthClients.Core;
using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Fuse;
using AuthClients.Mocks.Fuse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AuthClients.EndToEnd.Tests.Fuse;

/// <summary>The Fuse client against the Fuse mock over loopback, as the docs describe the flow.</summary>
public sealed class FuseEndToEndTests : IAsyncLifetime
{
    private const string Password = "demo-password";
    private readonly CapturedLogs _logs = new();
    private FuseMock _mock = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _mock = await FuseMock.StartAsync();
        _services = Services(o =>
        {
            o.BaseAddress = _mock.BaseAddress;
            o.LoginName = "demo.user";
            o.Password = Password;
        });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _mock.DisposeAsync();
    }

    [Fact]
    public async Task The_first_call_logs_in_and_sends_the_token_as_Auth_Token()
    {
        var user = await Api.GetCurrentUserAsync();

        user.Id.ShouldBe(1001);
        _mock.Counters.Logins.ShouldBe(1);
        _mock.Counters.Unauthorized.ShouldBe(0);
    }

    [Fact]
    public async Task The_token_is_cached_between_calls()
    {
        await Api.GetCurrentUserAsync();
        await Api.GetCurrentUserAsync();
        await Api.GetCurrentUserAsync();

        _mock.Counters.Logins.ShouldBe(1);
        _mock.Counters.CurrentUserCalls.ShouldBe(3);
    }

    [Fact]
    public async Task A_rotated_token_is_replaced_by_one_new_login_and_the_call_retried_once()
    {
        await Api.GetCurrentUserAsync();
        _mock.RotateTokens();

        var user = await Api.GetCurrentUserAsync();

        user.Id.ShouldBe(1001);
        _mock.Counters.Logins.ShouldBe(2);
        _mock.Counters.Unauthorized.ShouldBe(1);
        _mock.Counters.CurrentUserCalls.ShouldBe(3);
    }

    [Fact]
    public async Task A_thousand_concurrent_first_calls_cause_exactly_one_login()
    {
        await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Api.GetCurrentUserAsync()));

        _mock.Counters.Logins.ShouldBe(1);
        _mock.Counters.CurrentUserCalls.ShouldBe(1000);
    }

    [Fact]
    public async Task Wrong_credentials_give_a_typed_exception_with_the_vendors_error_and_no_password()
    {
        await using var services = Services(o =>
        {
            o.BaseAddress = _mock.BaseAddress;
            o.LoginName = "demo.user";
            o.Password = "wrong-password-123";
        });

        var error = await Should.ThrowAsync<AuthenticationFailedException>(() => services.GetRequiredService<IFuseV5Api>().GetCurrentUserAsync());

        error.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        error.ErrorMessage.ShouldBe("Unauthorized 401");
        error.Vendor.ShouldBe("Fuse");
        error.Message.ShouldContain("Unauthorized 401");
        error.ToString().ShouldNotContain("wrong-password-123");
        _logs.ShouldNotContainAny("wrong-password-123");
    }

    [Fact]
    public async Task No_log_line_contains_the_password_or_a_token()
    {
        await Api.GetCurrentUserAsync();
        _mock.RotateTokens();
        await Api.GetCurrentUserAsync();

        var tokens = _mock.IssuedTokens;
        tokens.ShouldNotBeEmpty();
        _logs.ShouldNotContainAny([Password, .. tokens]);
    }

    [Fact]
    public void Missing_options_fail_at_start_up_with_messages_that_say_what_to_set()
    {
        var error = Should.Throw<OptionsValidationException>(() => FuseClient.Create(_ => { }));

        error.Message.ShouldContain("Instance");
        error.Message.ShouldContain("LoginName");
        error.Message.ShouldContain("Password");
    }

    [Fact]
    public void Plain_http_to_a_remote_host_is_refused_unless_opted_in()
    {
        void Configure(FuseClientOptions o, bool allow)
        {
            o.BaseAddress = new Uri("http://fuse.example.com/");
            o.LoginName = "joe";
            o.Password = "pw";
            o.AllowInsecureHttp = allow;
        }

        Should.Throw<OptionsValidationException>(() => FuseClient.Create(o => Configure(o, allow: false))).Message.ShouldContain("https");
        using var allowed = FuseClient.Create(o => Configure(o, allow: true));
    }

    [Fact]
    public void Options_ToString_masks_the_password()
    {
        var options = new FuseClientOptions { Instance = "acme", LoginName = "joe", Password = "hunter2" };

        options.ToString().ShouldNotContain("hunter2");
        options.ToString().ShouldContain("joe");
    }

    private IFuseV5Api Api => _services.GetRequiredService<IFuseV5Api>();

    private ServiceProvider Services(Action<FuseClientOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs.Provider()));
        services.AddFuseClient(configure);
        return services.BuildServiceProvider();
    }
}
