using System.Buffers.Text;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AuthClients.Benchmarks.Infrastructure;

/// <summary>
/// A minimal Kestrel server on loopback answering every vendor's login and resource call with
/// its documented body. It checks nothing: the benchmarks measure the client side only.
/// </summary>
internal sealed class StandInServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StandInServer(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<StandInServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var jwt = LongLivedJwt();

        Map(app, "POST", "/api/v5.0/session", DocumentedBodies.FuseSession);
        Map(app, "GET", "/api/v5.0/users/me", DocumentedBodies.FuseUser);
        Map(app, "POST", "/api/v4.4/token", DocumentedBodies.FuseV4Token, StatusCodes.Status201Created);
        Map(app, "GET", "/api/v4.4/users/me", DocumentedBodies.FuseUser);
        Map(app, "POST", "/node/api/users/{id}/auth-token", DocumentedBodies.SaymonToken);
        Map(app, "GET", "/node/api/users/current", DocumentedBodies.SaymonUser);
        Map(app, "POST", "/oauth/token", DocumentedBodies.ResolveToken);
        Map(app, "GET", "/api/v2/users/loggedIn/detail", DocumentedBodies.ResolveUserDetail);
        Map(app, "POST", "/api/login", DocumentedBodies.DatarheiTokenPair(jwt));
        Map(app, "GET", "/api/v3/fs", DocumentedBodies.DatarheiFilesystems);

        await app.StartAsync().ConfigureAwait(false);
        return new StandInServer(app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static void Map(WebApplication app, string method, string pattern, string body, int status = StatusCodes.Status200OK)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        app.MapMethods(pattern, [method], async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes).ConfigureAwait(false);
        });
    }

    // The datarhei client reads exp/exi without checking the signature (only Core can); a day
    // of life keeps the token cached for the whole run.
    private static string LongLivedJwt()
    {
        static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
        var exp = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeSeconds();
        return Encode("""{"alg":"HS256","typ":"JWT"}""") + "." + Encode($$"""{"iss":"datarhei-core","sub":"admin","usefor":"access","exp":{{exp}},"exi":86400}""") + ".c2lnbmF0dXJl";
    }
}
