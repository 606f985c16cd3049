using AuthClients.Core;
using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Fuse;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AuthClients.EndToEnd.Tests.Faults;

/// <summary>
/// An application that puts the standard resilience handler on every client, as .NET Aspire's
/// service defaults do: its retries apply to the API calls, never to a login (a replayed login
/// POST can lock the account), and the client's own logs stay at one line a call.
/// </summary>
public sealed class AppWideResilienceTests
{
    private const string SessionPath = "/api/v5.0/session";
    private const string Session = """{"success":true,"auth_tokens":{"user_authentication_token":{"authentication_token":"tok-123456"}}}""";
    private readonly CapturedLogs _logs = new();

    [Fact]
    public async Task A_login_answered_503_is_sent_once_the_caller_gets_a_typed_error_and_a_later_call_logs_in()
    {
        await using var server = await FaultServer.StartAsync((ctx, hit) => ctx.Request.Path == SessionPath
            ? (hit == 1 ? FaultServer.Json(ctx, 503, "<html>Service Unavailable</html>", "text/html") : FaultServer.Json(ctx, 200, Session))
            : FaultServer.Json(ctx, 200, """{"id":7}"""));
        await using var services = Services(server.BaseAddress, TimeSpan.FromSeconds(30));
        var api = services.GetRequiredService<IFuseV5Api>();

        var error = await Should.ThrowAsync<UnexpectedResponseException>(() => api.GetCurrentUserAsync());

        error.StatusCode.ShouldBe(System.Net.HttpStatusCode.ServiceUnavailable);
        server.Hits[SessionPath].ShouldBe(1, "the app-wide standard handler retries 503s of every method, a login included, unless the token client is kept out of it");
        (await api.GetCurrentUserAsync()).Id.ShouldBe(7);
        server.Hits[SessionPath].ShouldBe(2);
    }

    [Fact]
    public async Task A_login_that_outlasts_the_apps_attempt_timeout_is_sent_once()
    {
        // The first login is held by the server; the app's attempt timeout (300 ms) fires while it
        // hangs. The app retries its call, the retry joins the login in flight, and no second
        // login POST is sent. Released, that one login gives the session its token.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await FaultServer.StartAsync(async (ctx, _) =>
        {
            if (ctx.Request.Path == SessionPath)
            {
                await release.Task.WaitAsync(ctx.RequestAborted);
            }

            await FaultServer.Json(ctx, 200, ctx.Request.Path == SessionPath ? Session : """{"id":7}""");
        });
        await using var services = Services(server.BaseAddress, TimeSpan.FromSeconds(60), attemptTimeout: TimeSpan.FromMilliseconds(300));
        var api = services.GetRequiredService<IFuseV5Api>();

        // The app's attempts time out; the client reports that as a vendor that did not answer in time.
        await Should.ThrowAsync<VendorUnreachableException>(() => api.GetCurrentUserAsync());

        server.Hits[SessionPath].ShouldBe(1, "the app-wide standard handler replays a timed-out POST unless the token client is kept out of it");
        release.SetResult();
        var token = await services.GetRequiredKeyedService<AuthSession>("AuthClients.Fuse.V5:").Tokens.GetTokenAsync();
        token.Value.ShouldBe("tok-123456");
        server.Hits[SessionPath].ShouldBe(1);
    }

    [Fact]
    public async Task At_Information_a_cached_token_call_writes_one_line_and_a_login_one_more()
    {
        await using var server = await FaultServer.StartAsync((ctx, _) => FaultServer.Json(ctx, 200, ctx.Request.Path == SessionPath ? Session : """{"id":7}"""));
        await using var services = Services(server.BaseAddress, TimeSpan.FromSeconds(30), appWideResilience: false, retries: true, level: LogLevel.Information);
        var api = services.GetRequiredService<IFuseV5Api>();

        await api.GetCurrentUserAsync();
        var afterLogin = _logs.Lines.ToList();
        await api.GetCurrentUserAsync();
        var cachedCall = _logs.Lines.Skip(afterLogin.Count).ToList();

        afterLogin.Count(l => l.Contains("TokenSession", StringComparison.Ordinal)).ShouldBe(1, string.Join("\n", afterLogin));
        afterLogin.Count.ShouldBe(2, "the login's line and the call's line: " + string.Join("\n", afterLogin));
        cachedCall.ShouldHaveSingleItem().ShouldContain("HTTP GET");
    }

    [Fact]
    public async Task Under_the_apps_standard_handler_the_client_itself_writes_one_line_a_cached_call()
    {
        await using var server = await FaultServer.StartAsync((ctx, _) => FaultServer.Json(ctx, 200, ctx.Request.Path == SessionPath ? Session : """{"id":7}"""));
        await using var services = Services(server.BaseAddress, TimeSpan.FromSeconds(30), level: LogLevel.Information);
        var api = services.GetRequiredService<IFuseV5Api>();

        await api.GetCurrentUserAsync();
        var before = _logs.Lines.Count;
        await api.GetCurrentUserAsync();
        var cachedCall = _logs.Lines.Skip(before).ToList();

        // The app's own handler adds Polly's "Execution attempt" line (category "Polly", filter it
        // in the app's logging if unwanted); the client's share is one line.
        cachedCall.Where(l => !l.Contains(" Polly: ", StringComparison.Ordinal)).ShouldHaveSingleItem().ShouldContain("HTTP GET");
    }

    [Fact]
    public async Task WithTransientRetries_retries_a_safe_call_but_never_the_login()
    {
        await using var server = await FaultServer.StartAsync((ctx, hit) => ctx.Request.Path == SessionPath
            ? FaultServer.Json(ctx, 503, "{}")
            : FaultServer.Json(ctx, hit == 1 ? 503 : 200, """{"id":7}"""));
        await using var services = Services(server.BaseAddress, TimeSpan.FromSeconds(30), appWideResilience: false, retries: true);

        await Should.ThrowAsync<AuthClientsException>(() => services.GetRequiredService<IFuseV5Api>().GetCurrentUserAsync());

        server.Hits[SessionPath].ShouldBe(1);
    }

    private ServiceProvider Services(Uri baseAddress, TimeSpan timeout, bool appWideResilience = true, bool retries = false, LogLevel level = LogLevel.Trace, TimeSpan? attemptTimeout = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(level).AddProvider(_logs.Provider()));
        if (appWideResilience)
        {
            services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler(o =>
            {
                // Short only where a test needs an attempt to time out: a loaded machine must not
                // time out the others' attempts.
                o.AttemptTimeout.Timeout = attemptTimeout ?? TimeSpan.FromSeconds(10);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(30);
                o.Retry.Delay = TimeSpan.FromMilliseconds(10);
                o.Retry.MaxRetryAttempts = 1;
            }));
        }

        var fuse = services.AddFuseClient(o =>
        {
            o.BaseAddress = baseAddress;
            o.LoginName = "resilience.user";
            o.Password = "fake-resilience-password";
            o.Timeout = timeout;
        });
        if (retries)
        {
            fuse.WithTransientRetries();
        }

        return services.BuildServiceProvider();
    }
}
