using AuthClients.Core;
using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Fuse;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AuthClients.EndToEnd.Tests.Faults;

/// <summary>
/// Each fault a server or the network can produce, over loopback, through the whole client
/// pipeline (Fuse's): a typed exception whose message says what the server did, or, for
/// transient faults on safe calls of a session with <c>WithTransientRetries()</c>, a success after a retry.
/// </summary>
public sealed class FaultMatrixTests
{
    private const string Session = """{"success":true,"auth_tokens":{"user_authentication_token":{"authentication_token":"tok-123456"}}}""";
    private const string Password = "fault-password";
    private readonly CapturedLogs _logs = new();

    [Fact]
    public async Task A_503_on_a_safe_call_is_retried_with_backoff_and_succeeds()
    {
        await using var server = await Server((ctx, hit) => hit == 1 ? FaultServer.Json(ctx, 503, "{}") : FaultServer.Json(ctx, 200, """{"id":7}"""));

        (await Api(server, retries: true).GetCurrentUserAsync()).Id.ShouldBe(7);

        server.Hits["/api/v5.0/users/me"].ShouldBe(2);
    }

    [Fact]
    public async Task Without_WithTransientRetries_a_503_goes_back_to_the_caller_at_once()
    {
        await using var server = await Server((ctx, hit) => hit == 1 ? FaultServer.Json(ctx, 503, "{}") : FaultServer.Json(ctx, 200, """{"id":7}"""));

        await Should.ThrowAsync<UnexpectedResponseException>(() => Api(server).GetCurrentUserAsync());

        server.Hits["/api/v5.0/users/me"].ShouldBe(1);
    }

    [Fact]
    public async Task A_500_on_the_login_is_not_retried_and_says_what_came()
    {
        await using var server = await FaultServer.StartAsync((ctx, _) => FaultServer.Json(ctx, 500, "<html><body>Internal Server Error</body></html>", "text/html"));

        var error = await Should.ThrowAsync<UnexpectedResponseException>(() => Api(server).GetCurrentUserAsync());

        server.Hits["/api/v5.0/session"].ShouldBe(1);
        error.StatusCode.ShouldBe(System.Net.HttpStatusCode.InternalServerError);
        error.Message.ShouldContain("text/html");
        error.Message.ShouldContain("Internal Server Error");
    }

    [Theory]
    [InlineData(502, "<html><h1>502 Bad Gateway</h1></html>", "text/html", "502 Bad Gateway")]
    [InlineData(503, "", "text/plain", "<empty>")]
    public async Task A_persistent_gateway_error_ends_in_a_typed_exception_after_the_retries(int status, string body, string contentType, string expected)
    {
        await using var server = await Server((ctx, _) => FaultServer.Json(ctx, status, body, contentType));

        var error = await Should.ThrowAsync<UnexpectedResponseException>(() => Api(server, retries: true).GetCurrentUserAsync());

        error.Message.ShouldContain(expected);
        server.Hits["/api/v5.0/users/me"].ShouldBe(3);
    }

    [Theory]
    [InlineData("""{"id":7, "username": "tru""", "application/json", "does not match the documented shape")]
    [InlineData("", "application/json", "an empty body")]
    [InlineData("<html>maintenance</html>", "text/html", "not JSON")]
    public async Task A_broken_success_body_gives_an_UnexpectedResponseException(string body, string contentType, string expected)
    {
        await using var server = await Server((ctx, _) => FaultServer.Json(ctx, 200, body, contentType));

        var error = await Should.ThrowAsync<UnexpectedResponseException>(() => Api(server).GetCurrentUserAsync());

        error.Message.ShouldContain(expected);
        error.Message.ShouldStartWith("Fuse answered 200 OK");
    }

    [Fact]
    public async Task A_session_missing_its_required_token_fails_naming_the_field_not_later_with_a_null()
    {
        await using var server = await FaultServer.StartAsync((ctx, _) => FaultServer.Json(ctx, 200, """{"success":true,"auth_tokens":{"user_authentication_token":{}}}"""));

        var error = await Should.ThrowAsync<UnexpectedResponseException>(() => Api(server).GetCurrentUserAsync());

        error.Message.ShouldContain("authentication_token");
    }

    [Fact]
    public async Task Unknown_fields_in_a_response_are_kept_not_fatal()
    {
        await using var server = await Server((ctx, _) => FaultServer.Json(ctx, 200, """{"id":7,"shiny_new_field":{"a":1}}"""));

        var user = await Api(server).GetCurrentUserAsync();

        user.AdditionalProperties!.ShouldContainKey("shiny_new_field");
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_gives_a_VendorUnreachableException()
    {
        await using var server = await Server(async (ctx, _) => await Task.Delay(TimeSpan.FromSeconds(30), ctx.RequestAborted));

        var error = await Should.ThrowAsync<VendorUnreachableException>(() => Api(server, TimeSpan.FromMilliseconds(300)).GetCurrentUserAsync());

        error.Message.ShouldContain("did not answer in time");
    }

    [Fact]
    public async Task A_refused_connection_gives_a_VendorUnreachableException()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var error = await Should.ThrowAsync<VendorUnreachableException>(() => Api(new Uri($"http://127.0.0.1:{port}/")).GetCurrentUserAsync());

        error.Message.ShouldContain("refused the connection");
    }

    [Fact]
    public async Task No_fault_puts_a_secret_into_a_log_line_or_message()
    {
        await using var server = await Server((ctx, _) => FaultServer.Json(ctx, 502, "<html>" + Password + " tok-123456</html>", "text/html"));

        var error = await Should.ThrowAsync<UnexpectedResponseException>(() => Api(server).GetCurrentUserAsync());

        _logs.ShouldNotContainAny(Password, "tok-123456");
        error.Message.ShouldNotContain("tok-123456");
    }

    // Login succeeds; the fault is on users/me.
    [Fact]
    public async Task A_redirect_is_not_followed_so_the_token_never_reaches_another_host()
    {
        await using var elsewhere = await FaultServer.StartAsync((ctx, _) => FaultServer.Json(ctx, 200, """{"id":666}"""));
        var otherHost = new UriBuilder(elsewhere.BaseAddress) { Host = "localhost", Path = "api/v5.0/users/me" }.Uri;
        await using var server = await Server((ctx, _) =>
        {
            ctx.Response.StatusCode = 302;
            ctx.Response.Headers.Location = otherHost.ToString();
            return Task.CompletedTask;
        });

        var error = await Should.ThrowAsync<UnexpectedResponseException>(() => Api(server).GetCurrentUserAsync());

        error.StatusCode.ShouldBe(System.Net.HttpStatusCode.Found);
        elsewhere.Requests.ShouldBe(0);
    }

    private static Task<FaultServer> Server(Func<HttpContext, int, Task> currentUser) =>
        FaultServer.StartAsync((ctx, hit) => ctx.Request.Path == "/api/v5.0/session" ? FaultServer.Json(ctx, 200, Session) : currentUser(ctx, hit));

    private IFuseV5Api Api(FaultServer server, TimeSpan? timeout = null, bool retries = false) => Api(server.BaseAddress, timeout, retries);

    private IFuseV5Api Api(Uri baseAddress, TimeSpan? timeout = null, bool retries = false)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs.Provider()));
        var fuse = services.AddFuseClient(o =>
        {
            o.BaseAddress = baseAddress;
            o.LoginName = "fault.user";
            o.Password = Password;
            o.Timeout = timeout ?? TimeSpan.FromSeconds(30);
        });
        if (retries)
        {
            fuse.WithTransientRetries();
        }

        return services.BuildServiceProvider().GetRequiredService<IFuseV5Api>();
    }
}
