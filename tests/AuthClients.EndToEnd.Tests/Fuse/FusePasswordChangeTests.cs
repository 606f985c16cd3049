using System.Net;
using AuthClients.Core;
using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Fuse;
using AuthClients.Mocks.Fuse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace AuthClients.EndToEnd.Tests.Fuse;

/// <summary>
/// Fuse's session answer carries <c>password_change_required</c>. When it is true the account
/// cannot be used until a person changes its password, so the client refuses the session
/// instead of using the token it was handed (docs/vendors/fuse-universal.md).
/// </summary>
public sealed class FusePasswordChangeTests : IAsyncLifetime
{
    private const string LoginName = "must.change";
    private const string Password = "fake-expired-password";
    private readonly CapturedLogs _logs = new();
    private FuseMock _mock = null!;

    public async Task InitializeAsync() =>
        _mock = await FuseMock.StartAsync(FuseMockOptions.Knowing(
            FuseMockUser.Demo,
            new FuseMockUser(LoginName, Password) { Id = 2002, PasswordChangeRequired = true }));

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    [Fact]
    public async Task A_login_answered_with_password_change_required_fails_with_a_typed_exception_and_the_token_is_never_sent()
    {
        await using var services = Services(LoginName, Password);

        var error = await Should.ThrowAsync<PasswordChangeRequiredException>(() => services.GetRequiredService<IFuseV5Api>().GetCurrentUserAsync());

        error.Vendor.ShouldBe("Fuse");
        error.StatusCode.ShouldBe(HttpStatusCode.OK);
        error.ErrorCode.ShouldBe("password_change_required");
        error.Message.ShouldContain("password change");
        error.ToString().ShouldNotContain(Password);
        _mock.Counters.Logins.ShouldBe(1);
        _mock.Counters.CurrentUserCalls.ShouldBe(0);
        _logs.ShouldNotContainAny([Password, .. _mock.IssuedTokens]);
    }

    [Fact]
    public async Task The_refusal_is_remembered_so_a_busy_service_does_not_log_in_on_every_call()
    {
        await using var services = Services(LoginName, Password);
        var api = services.GetRequiredService<IFuseV5Api>();

        await Should.ThrowAsync<PasswordChangeRequiredException>(() => api.GetCurrentUserAsync());
        var remembered = await Should.ThrowAsync<PasswordChangeRequiredException>(() => api.GetCurrentUserAsync());

        remembered.RetryAfter.ShouldNotBeNull();
        _mock.Counters.Logins.ShouldBe(1);
    }

    [Fact]
    public async Task The_health_check_reports_the_account_unhealthy_with_the_reason()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFuseClient("locked", o =>
        {
            o.BaseAddress = _mock.BaseAddress;
            o.LoginName = LoginName;
            o.Password = Password;
        });
        services.AddHealthChecks().AddFuseCheck("locked");
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries.ShouldHaveSingleItem().Value;
        entry.Status.ShouldBe(HealthStatus.Unhealthy);
        entry.Description.ShouldNotBeNull().ShouldContain("password change");
    }

    [Fact]
    public async Task An_account_without_the_flag_logs_in_as_before()
    {
        await using var services = Services(FuseMockUser.DemoLoginName, FuseMockUser.DemoPassword);

        var user = await services.GetRequiredService<IFuseV5Api>().GetCurrentUserAsync();

        user.Id.ShouldBe(1001);
    }

    private ServiceProvider Services(string loginName, string password)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs.Provider()));
        services.AddFuseClient(o =>
        {
            o.BaseAddress = _mock.BaseAddress;
            o.LoginName = loginName;
            o.Password = password;
        });
        return services.BuildServiceProvider();
    }
}
