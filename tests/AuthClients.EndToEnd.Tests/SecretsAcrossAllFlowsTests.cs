using System.Text;
using AuthClients.Core;
using AuthClients.Datarhei;
using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Fuse;
using AuthClients.Mocks.Datarhei;
using AuthClients.Mocks.Fuse;
using AuthClients.Mocks.FuseV4;
using AuthClients.Mocks.ResolveInsights;
using AuthClients.Mocks.Saymon;
using AuthClients.ResolveInsights;
using AuthClients.Saymon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.EndToEnd.Tests;

/// <summary>
/// Every vendor's flows — login, renewal, rotation, refresh fallback, re-login and each refusal —
/// through one log collector: no password, Basic credential, token, refresh token or client
/// secret may appear in any log line, exception text or options' ToString().
/// </summary>
public sealed class SecretsAcrossAllFlowsTests
{
    private const string ResolveClientSecret = "fake-client-secret-for-tests";
    private readonly CapturedLogs _logs = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly List<string> _texts = [];

    [Fact]
    public async Task No_secret_of_any_vendor_reaches_a_log_line_an_exception_or_ToString()
    {
        await using var fuse = await FuseMock.StartAsync();
        await using var fuseV4 = await FuseV4Mock.StartAsync();
        await using var saymon = await SaymonMock.StartAsync();
        await using var resolve = await ResolveInsightsMock.StartAsync(new ResolveMockOptions { ClientSecret = ResolveClientSecret, TimeProvider = _clock });
        await using var datarhei = await DatarheiMock.StartAsync(new DatarheiMockOptions { FailedLoginDelay = TimeSpan.FromMilliseconds(20), TimeProvider = _clock });

        await FuseFlowsAsync(fuse);
        await FuseV4FlowsAsync(fuseV4);
        await SaymonFlowsAsync(saymon);
        await ResolveFlowsAsync(resolve);
        await DatarheiFlowsAsync(datarhei);

        string[] secrets =
        [
            FuseMockUser.Demo.Password, FuseV4MockOptions.DemoPassword, "admin-password", "viewer-password",
            "wrong-secret-pass", "datarhei-pass-x", ResolveClientSecret,
            Basic("admin", "admin-password"), Basic("viewer", "viewer-password"),
            .. fuse.IssuedTokens, .. fuseV4.State.IssuedTokens, .. saymon.State.IssuedTokens,
            .. resolve.State.IssuedTokens, .. datarhei.State.Tokens.IssuedTokens,
        ];
        _texts.Count.ShouldBeGreaterThan(10, "the flows produced too few exception and ToString texts to prove anything");
        foreach (var text in _texts)
        {
            foreach (var secret in secrets)
            {
                text.ShouldNotContain(secret, Case.Sensitive, $"a secret leaks into: {text}");
            }
        }

        _logs.ShouldNotContainAny(secrets);
    }

    private async Task FuseFlowsAsync(FuseMock mock)
    {
        using var services = Container(s => s.AddFuseClient(o => (o.BaseAddress, o.LoginName, o.Password) = (mock.BaseAddress, FuseMockUser.Demo.LoginName, FuseMockUser.Demo.Password)));
        await services.GetRequiredService<IFuseV5Api>().GetCurrentUserAsync();
        mock.RotateTokens();
        await services.GetRequiredService<IFuseV5Api>().GetCurrentUserAsync();
        _texts.Add(services.GetRequiredService<IOptions<FuseClientOptions>>().Value.ToString()!);

        using var wrong = Container(s => s.AddFuseClient(o => (o.BaseAddress, o.LoginName, o.Password) = (mock.BaseAddress, FuseMockUser.Demo.LoginName, "wrong-secret-pass")));
        await RefusedAsync(() => wrong.GetRequiredService<IFuseV5Api>().GetCurrentUserAsync());
    }

    private async Task FuseV4FlowsAsync(FuseV4Mock mock)
    {
        using var services = Container(s => s.AddFuseV4Client(o => (o.BaseAddress, o.LoginName, o.Password) = (mock.BaseAddress, FuseV4MockOptions.DemoLoginName, FuseV4MockOptions.DemoPassword)));
        var api = services.GetRequiredService<IFuseV4Api>();
        await api.GetCurrentUserAsync("v4.4");
        mock.RotateTokens();
        await api.GetCurrentUserAsync("v4.4");
        _texts.Add(services.GetRequiredService<IOptions<FuseV4ClientOptions>>().Value.ToString()!);

        using var wrong = Container(s => s.AddFuseV4Client(o => (o.BaseAddress, o.LoginName, o.Password) = (mock.BaseAddress, FuseV4MockOptions.DemoLoginName, "wrong-secret-pass")));
        await RefusedAsync(() => wrong.GetRequiredService<IFuseV4Api>().GetCurrentUserAsync("v4.4"));
    }

    private async Task SaymonFlowsAsync(SaymonMock mock)
    {
        ServiceProvider Saymon(string login, string password, string userId) =>
            Container(s => s.AddSaymonClient(o => (o.BaseAddress, o.Login, o.Password, o.UserId) = (mock.BaseAddress, login, password, userId)));

        using var services = Saymon("admin", "admin-password", SaymonMockOptions.AdminId);
        await services.GetRequiredService<ISaymonApi>().GetCurrentUserAsync();
        mock.State.RevokeTokens();
        await services.GetRequiredService<ISaymonApi>().GetCurrentUserAsync();
        _texts.Add(services.GetRequiredService<IOptions<SaymonClientOptions>>().Value.ToString()!);

        using var viewer = Saymon("viewer", "viewer-password", SaymonMockOptions.ViewerId);
        await RefusedAsync(() => viewer.GetRequiredService<ISaymonApi>().GetCurrentUserAsync());
        using var wrong = Saymon("admin", "wrong-secret-pass", SaymonMockOptions.AdminId);
        await RefusedAsync(() => wrong.GetRequiredService<ISaymonApi>().GetCurrentUserAsync());
    }

    private async Task ResolveFlowsAsync(ResolveInsightsMock mock)
    {
        ServiceProvider Resolve(string clientSecret) => Container(s => s.AddResolveInsightsClient(o =>
        {
            (o.BaseAddress, o.Username, o.Password) = (mock.BaseAddress, "demo@resolve.io", "demo-password");
            o.ClientSecret = clientSecret;
        }));

        using var services = Resolve(ResolveClientSecret);
        var api = services.GetRequiredService<IResolveInsightsApi>();
        await api.GetLoggedInUserDetailAsync();
        await RenewedAheadAsync(() => _clock.Advance(TimeSpan.FromSeconds(43199 - 10)), () => api.GetLoggedInUserDetailAsync());
        mock.State.ExpireRefreshTokens();
        await RenewedAheadAsync(() => _clock.Advance(TimeSpan.FromSeconds(43199 - 10)), () => api.GetLoggedInUserDetailAsync());
        mock.PasswordGrants.ShouldBe(2, "the refresh fallback must have run for this test to cover it");
        _texts.Add(services.GetRequiredService<IOptions<ResolveInsightsClientOptions>>().Value.ToString()!);

        using var wrong = Resolve("wrong-secret-pass");
        await RefusedAsync(() => wrong.GetRequiredService<IResolveInsightsApi>().GetLoggedInUserDetailAsync());
    }

    private async Task DatarheiFlowsAsync(DatarheiMock mock)
    {
        ServiceProvider Core(string password) =>
            Container(s => s.AddDatarheiClient(o => (o.BaseAddress, o.Username, o.Password) = (mock.BaseAddress, "admin", password)));

        using var services = Core("datarhei");
        var api = services.GetRequiredService<IDatarheiApi>();
        await api.ListFilesystemsAsync();
        await RenewedAheadAsync(() => _clock.Advance(TimeSpan.FromSeconds(590)), () => api.ListFilesystemsAsync());
        _clock.Advance(TimeSpan.FromDays(1));
        await api.ListFilesystemsAsync();
        mock.Refreshes.ShouldBeGreaterThan(0);
        mock.Logins.ShouldBe(2);
        _texts.Add(services.GetRequiredService<IOptions<DatarheiClientOptions>>().Value.ToString()!);

        using var wrong = Core("datarhei-pass-x");
        await RefusedAsync(() => wrong.GetRequiredService<IDatarheiApi>().ListFilesystemsAsync());
    }

    /// <summary>
    /// Moves the clock past the renewal point and calls: the call goes on with the valid token
    /// and the renewal runs beside it; the clock moves on only once the new token is in use.
    /// </summary>
    private async Task RenewedAheadAsync(Action advance, Func<Task> call)
    {
        var inUse = NewTokensInUse();
        advance();
        await call();
        await Eventually.True(() => NewTokensInUse() > inUse);
    }

    private int NewTokensInUse() => _logs.Lines.Count(l => l.Contains("New token in use", StringComparison.Ordinal));

    private ServiceProvider Container(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs.Provider()));
        register(services);
        return services.BuildServiceProvider();
    }

    // The whole exception as a log or crash report would print it: message, inner ones, stack.
    private async Task RefusedAsync(Func<Task> call) =>
        _texts.Add((await Should.ThrowAsync<AuthClientsException>(call)).ToString());

    private static string Basic(string user, string password) => Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));
}
