using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AuthClients.Benchmarks.Renewal;

/// <summary>
/// An RFC 6749 server shaped like Resolve Insights on loopback: short-lived tokens, a token
/// endpoint that takes <see cref="RenewalLoadScenario.TokenEndpointDelay"/> to answer (and,
/// when asked, answers every other refresh with a 503), and a resource that answers 401 to a
/// token it did not issue or that has expired.
/// </summary>
internal sealed class RenewalServer : IAsyncDisposable
{
    private const string UserDetail = """{"name":"Bench User","firstName":"Bench","lastName":"User","emailAddress":"bench@resolve.io","userType":"LOCAL","group":"admin","orgPrivilegeMap":{}}""";
    private const string Unavailable = """{"error":"temporarily_unavailable","error_description":"The server is busy; try again"}""";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _issued = new(StringComparer.Ordinal);
    private readonly RenewalLoadScenario _scenario;
    private int _tokens;
    private int _refreshes;
    private int _unauthorized;

    private RenewalServer(WebApplication app, RenewalLoadScenario scenario)
    {
        _app = app;
        _scenario = scenario;
    }

    public Uri BaseAddress => new(_app.Urls.First());

    /// <summary>Tokens issued (logins and refreshes that succeeded).</summary>
    public int Tokens => Volatile.Read(ref _tokens);

    /// <summary>Resource calls refused with 401.</summary>
    public int Unauthorized => Volatile.Read(ref _unauthorized);

    public static async Task<RenewalServer> StartAsync(RenewalLoadScenario scenario)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new RenewalServer(app, scenario);
        app.MapPost("/oauth/token", server.TokenAsync);
        app.MapGet("/api/v2/users/loggedIn/detail", server.Resource);
        await app.StartAsync().ConfigureAwait(false);
        return server;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        await Task.Delay(_scenario.TokenEndpointDelay).ConfigureAwait(false);
        var refresh = string.Equals(form["grant_type"], "refresh_token", StringComparison.Ordinal);
        if (refresh && _scenario.FailEveryOtherRefresh && Interlocked.Increment(ref _refreshes) % 2 == 1)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Unavailable).ConfigureAwait(false);
            return;
        }

        var n = Interlocked.Increment(ref _tokens);
        var value = "bench-token-" + n;
        _issued[value] = DateTimeOffset.UtcNow + _scenario.TokenLifetime;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(
            $$"""{"access_token":"{{value}}","token_type":"bearer","refresh_token":"bench-refresh-{{n}}","expires_in":{{(int)_scenario.TokenLifetime.TotalSeconds}},"scope":"read write trust"}""").ConfigureAwait(false);
    }

    private IResult Resource(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..] : string.Empty;
        if (_issued.TryGetValue(token, out var expiresAt) && DateTimeOffset.UtcNow < expiresAt)
        {
            return Results.Text(UserDetail, "application/json");
        }

        Interlocked.Increment(ref _unauthorized);
        return Results.Json(new { error = "invalid_token", error_description = "Access token expired" }, statusCode: StatusCodes.Status401Unauthorized);
    }
}
