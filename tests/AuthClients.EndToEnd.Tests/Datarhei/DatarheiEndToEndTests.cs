using System.Net;
using AuthClients.Core;
using AuthClients.Datarhei;
using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Mocks.Datarhei;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.EndToEnd.Tests.Datarhei;

/// <summary>The datarhei Core client against its mock: JWT login, refresh from exp, re-login, the brake.</summary>
public sealed class DatarheiEndToEndTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private DatarheiMock _mock = null!;

    public async Task InitializeAsync() =>
        _mock = await DatarheiMock.StartAsync(new DatarheiMockOptions { FailedLoginDelay = TimeSpan.FromMilliseconds(50), TimeProvider = _time });

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    [Fact]
    public async Task Login_gives_a_bearer_access_token_for_api_v3()
    {
        var filesystems = await Api().ListFilesystemsAsync();

        filesystems.ShouldContain(f => f.Name == "disk" && f.Mount == "/");
        _mock.Logins.ShouldBe(1);
    }

    [Fact]
    public async Task The_access_token_is_refreshed_before_its_exp_and_the_refresh_token_kept()
    {
        var api = Api();
        await api.ListFilesystemsAsync();

        // Past the renewal point each call goes on with the valid token; the refresh runs beside it.
        // The clock moves on only once the client holds the new token (the mock shares it).
        _time.Advance(TimeSpan.FromSeconds(580));
        await api.ListFilesystemsAsync();
        await Eventually.True(() => NewTokensInUse() == 2);
        _time.Advance(TimeSpan.FromSeconds(580));
        await api.ListFilesystemsAsync();
        await Eventually.True(() => NewTokensInUse() == 3);

        _mock.Refreshes.ShouldBe(2);
        _mock.Logins.ShouldBe(1);
        _mock.Unauthorized.ShouldBe(0);
    }

    [Fact]
    public async Task When_the_refresh_token_has_expired_the_client_logs_in_again()
    {
        var api = Api();
        await api.ListFilesystemsAsync();

        _time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await api.ListFilesystemsAsync();

        _mock.Logins.ShouldBe(2);
        _mock.Refreshes.ShouldBe(0);
    }

    [Fact]
    public async Task An_Auth0_access_token_is_exchanged_for_Cores_pair_and_never_logged()
    {
        const string auth0 = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhdXRoMHxhZG1pbiJ9.c2lnbmF0dXJl";
        _mock.State.AcceptAuth0Token(auth0);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs.Provider()));
        services.AddDatarheiClient(o => (o.BaseAddress, o.Auth0AccessToken) = (_mock.BaseAddress, auth0));
        var api = services.BuildServiceProvider().GetRequiredService<IDatarheiApi>();

        (await api.ListFilesystemsAsync()).ShouldNotBeEmpty();

        _mock.Logins.ShouldBe(1);
        _logs.ShouldNotContainAny([auth0, .. _mock.State.Tokens.IssuedTokens]);
    }

    [Fact]
    public async Task A_wrong_password_is_a_typed_401_with_Cores_details()
    {
        var error = await Should.ThrowAsync<AuthenticationFailedException>(() => Api(password: "wrong-pass-7").ListFilesystemsAsync());

        error.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        error.Error.Details.ShouldBe(["Invalid authorization credentials: invalid username or password"]);
        error.Message.ShouldNotContain("wrong-pass-7");
    }

    [Fact]
    public async Task The_5_second_brake_on_failed_logins_ends_in_the_401_not_in_a_timeout()
    {
        await using var braking = await DatarheiMock.StartAsync(new DatarheiMockOptions());

        var error = await Should.ThrowAsync<AuthenticationFailedException>(() => Api(braking.BaseAddress, password: "wrong-pass-7").ListFilesystemsAsync());

        error.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void A_timeout_shorter_than_the_brake_is_refused_at_start_up()
    {
        Should.Throw<OptionsValidationException>(() => DatarheiClient.Create(o =>
        {
            o.BaseAddress = _mock.BaseAddress;
            o.Username = "admin";
            o.Password = "datarhei";
            o.Timeout = TimeSpan.FromSeconds(3);
        })).Message.ShouldContain("5-second brake");
    }

    [Fact]
    public void Plain_http_to_a_lan_address_needs_an_explicit_opt_in()
    {
        void Configure(DatarheiClientOptions o, bool allow)
        {
            o.BaseAddress = new Uri("http://192.168.1.50:8080/");
            o.Username = "admin";
            o.Password = "datarhei";
            o.AllowInsecureHttp = allow;
        }

        Should.Throw<OptionsValidationException>(() => DatarheiClient.Create(o => Configure(o, allow: false)));
        using var allowed = DatarheiClient.Create(o => Configure(o, allow: true));
    }

    [Fact]
    public async Task No_jwt_or_password_reaches_a_log_line()
    {
        var api = Api();
        await api.ListFilesystemsAsync();
        _time.Advance(TimeSpan.FromSeconds(590));
        await api.ListFilesystemsAsync();

        _logs.ShouldNotContainAny(["datarhei\"", .. _mock.State.Tokens.IssuedTokens]);
    }

    private int NewTokensInUse() => _logs.Lines.Count(l => l.Contains("New token in use", StringComparison.Ordinal));

    private IDatarheiApi Api(Uri? baseAddress = null, string password = "datarhei")
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs.Provider()));
        services.AddDatarheiClient(o =>
        {
            o.BaseAddress = baseAddress ?? _mock.BaseAddress;
            o.Username = "admin";
            o.Password = password;
        });
        return services.BuildServiceProvider().GetRequiredService<IDatarheiApi>();
    }
}
