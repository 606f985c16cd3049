using System.Net;
using AuthClients.Core;
using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Mocks.ResolveInsights;
using AuthClients.ResolveInsights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.EndToEnd.Tests.ResolveInsights;

/// <summary>The Resolve Insights client against its mock: password grant, refresh before expiry, fallback.</summary>
public sealed class ResolveInsightsEndToEndTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private ResolveInsightsMock _mock = null!;

    public async Task InitializeAsync() =>
        _mock = await ResolveInsightsMock.StartAsync(new ResolveMockOptions { AccessTokenLifetime = TimeSpan.FromMinutes(5), TimeProvider = _time });

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    [Fact]
    public async Task The_password_grant_with_the_documented_defaults_gives_a_bearer_token()
    {
        var detail = await Api().GetLoggedInUserDetailAsync();

        detail.EmailAddress.ShouldBe("demo@resolve.io");
        detail.OrgPrivilegeMap!.Value.ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Object);
        _mock.PasswordGrants.ShouldBe(1);
    }

    [Fact]
    public async Task The_token_is_refreshed_before_expires_in_runs_out()
    {
        var api = Api();
        await api.GetLoggedInUserDetailAsync();

        _time.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(45));
        await api.GetLoggedInUserDetailAsync();

        // Past the renewal point the call went on with the valid token; the refresh runs beside it.
        await Eventually.True(() => _mock.RefreshGrants == 1);
        _mock.RefreshGrants.ShouldBe(1);
        _mock.PasswordGrants.ShouldBe(1);
        _mock.Unauthorized.ShouldBe(0);
    }

    [Fact]
    public async Task Expires_in_counts_from_when_the_request_left_so_a_slow_answer_cannot_outlive_the_token()
    {
        var api = Api();
        // The token is issued at T0 and its answer arrives a minute later: its five minutes
        // started at T0, before the client saw it.
        _mock.State.Options.DelayTokenAnswer = () =>
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            return Task.CompletedTask;
        };
        await api.GetLoggedInUserDetailAsync();
        _mock.State.Options.DelayTokenAnswer = null;

        // T0 + 4:45: past the renewal point counted from the request (at the latest T0 + 4:30;
        // a vendor that slow moves it earlier), 15 s before the server ends the token; counted
        // from the answer it would be 45 s after it. The call goes on with the valid token and
        // the refresh runs beside it.
        _time.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(45));
        await api.GetLoggedInUserDetailAsync();

        await Eventually.True(() => _mock.RefreshGrants == 1);
        _mock.RefreshGrants.ShouldBe(1, "renewed before the server ends the token");
        _mock.Unauthorized.ShouldBe(0);
    }

    [Fact]
    public async Task A_refused_refresh_falls_back_to_the_password_grant_once()
    {
        var api = Api();
        await api.GetLoggedInUserDetailAsync();
        _mock.State.ExpireRefreshTokens();

        _time.Advance(TimeSpan.FromMinutes(5));
        await api.GetLoggedInUserDetailAsync();

        _mock.RefreshGrants.ShouldBe(1);
        _mock.PasswordGrants.ShouldBe(2);
    }

    [Fact]
    public async Task A_wrong_password_gives_the_RFC_6749_error_as_a_typed_exception()
    {
        var error = await Should.ThrowAsync<AuthenticationFailedException>(() => Api(password: "wrong-password-42").GetLoggedInUserDetailAsync());

        error.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        error.ErrorCode.ShouldBe("invalid_grant");
        error.ErrorMessage.ShouldBe("Bad credentials");
        error.Message.ShouldNotContain("wrong-password-42");
    }

    [Fact]
    public async Task A_wrong_client_secret_is_invalid_client()
    {
        var error = await Should.ThrowAsync<AuthenticationFailedException>(() => Api(clientSecret: "not-fixstream").GetLoggedInUserDetailAsync());

        error.ErrorCode.ShouldBe("invalid_client");
    }

    [Fact]
    public async Task Tokens_passwords_and_the_client_secret_never_reach_a_log_line()
    {
        var api = Api();
        await api.GetLoggedInUserDetailAsync();
        _time.Advance(TimeSpan.FromMinutes(5));
        await api.GetLoggedInUserDetailAsync();

        _logs.ShouldNotContainAny(["demo-password", "fixstream&", .. _mock.State.IssuedTokens]);
    }

    private IResolveInsightsApi Api(string password = "demo-password", string clientSecret = "fixstream")
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs.Provider()));
        services.AddResolveInsightsClient(o =>
        {
            o.BaseAddress = _mock.BaseAddress;
            o.Username = "demo@resolve.io";
            o.Password = password;
            o.ClientSecret = clientSecret;
        });
        return services.BuildServiceProvider().GetRequiredService<IResolveInsightsApi>();
    }
}
