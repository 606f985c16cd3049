using System.Net;
using AuthClients.Core;
using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Fuse;
using AuthClients.Mocks.FuseV4;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AuthClients.EndToEnd.Tests.Fuse;

/// <summary>The Fuse v4.4-and-below client against the Fuse v4 mock over loopback.</summary>
public sealed class FuseV4EndToEndTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private FuseV4Mock _mock = null!;

    public async Task InitializeAsync() => _mock = await FuseV4Mock.StartAsync();

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    [Fact]
    public async Task The_multipart_token_call_is_made_once_and_the_token_rides_as_auth_token()
    {
        var (api, options) = Api(FuseV4MockOptions.DemoPassword);

        (await api.GetCurrentUserAsync(options.ApiVersion)).Id.ShouldBe(FuseV4MockOptions.DemoUserId);
        (await api.GetCurrentUserAsync(options.ApiVersion)).Id.ShouldBe(FuseV4MockOptions.DemoUserId);

        _mock.Logins.ShouldBe(1);
        _mock.CurrentUserCalls.ShouldBe(2);
    }

    [Fact]
    public async Task The_version_segment_is_an_option()
    {
        var (api, options) = Api(FuseV4MockOptions.DemoPassword, version: "v4.3");

        (await api.GetCurrentUserAsync(options.ApiVersion)).Id.ShouldBe(FuseV4MockOptions.DemoUserId);

        options.ApiVersion.ShouldBe("v4.3");
    }

    [Fact]
    public async Task A_rotated_token_is_replaced_once_and_the_call_retried()
    {
        var (api, options) = Api(FuseV4MockOptions.DemoPassword);
        await api.GetCurrentUserAsync(options.ApiVersion);
        _mock.RotateTokens();

        (await api.GetCurrentUserAsync(options.ApiVersion)).Id.ShouldBe(FuseV4MockOptions.DemoUserId);

        _mock.Logins.ShouldBe(2);
        _mock.Unauthorized.ShouldBe(1);
    }

    [Fact]
    public async Task A_wrong_password_gives_the_typed_error_with_errors_base()
    {
        var (api, options) = Api("wrong-v4-password");

        var error = await Should.ThrowAsync<AuthenticationFailedException>(() => api.GetCurrentUserAsync(options.ApiVersion));

        error.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        error.ErrorMessage.ShouldBe("Unauthorized 401");
        error.Message.ShouldNotContain("wrong-v4-password");
        _mock.Logins.ShouldBe(1);
    }

    [Fact]
    public async Task Neither_password_nor_auth_token_reaches_a_log_line()
    {
        var (api, options) = Api(FuseV4MockOptions.DemoPassword);
        await api.GetCurrentUserAsync(options.ApiVersion);
        _mock.RotateTokens();
        await api.GetCurrentUserAsync(options.ApiVersion);

        _logs.Lines.ShouldContain(l => l.Contains("auth_token=***", StringComparison.Ordinal));
        _logs.ShouldNotContainAny([FuseV4MockOptions.DemoPassword, .. _mock.State.IssuedTokens]);
    }

    [Fact]
    public void A_version_that_is_not_v4_is_refused_at_start_up()
    {
        var services = new ServiceCollection();
        services.AddFuseV4Client(o =>
        {
            o.BaseAddress = _mock.BaseAddress;
            o.LoginName = FuseV4MockOptions.DemoLoginName;
            o.Password = FuseV4MockOptions.DemoPassword;
            o.ApiVersion = "v5.0";
        });

        Should.Throw<OptionsValidationException>(() => services.BuildServiceProvider().GetRequiredService<IOptions<FuseV4ClientOptions>>().Value)
            .Message.ShouldContain("v5.0");
    }

    private (IFuseV4Api Api, FuseV4ClientOptions Options) Api(string password, string version = "v4.4")
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs.Provider()));
        services.AddFuseV4Client(o =>
        {
            o.BaseAddress = _mock.BaseAddress;
            o.LoginName = FuseV4MockOptions.DemoLoginName;
            o.Password = password;
            o.ApiVersion = version;
        });
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IFuseV4Api>(), provider.GetRequiredService<IOptions<FuseV4ClientOptions>>().Value);
    }
}
