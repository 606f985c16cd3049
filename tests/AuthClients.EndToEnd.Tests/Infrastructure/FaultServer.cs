using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AuthClients.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A loopback server whose answers a test scripts per request: the faults a real vendor or
/// the network in front of it produce (5xx, HTML pages, truncated JSON, slowness).
/// </summary>
public sealed class FaultServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private FaultServer(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Urls.First() + "/");

    /// <summary>Requests answered so far, per path.</summary>
    public Dictionary<string, int> Hits { get; } = [];

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<FaultServer> StartAsync(Func<HttpContext, int, Task> answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var server = new FaultServer(app);
        app.Run(async context =>
        {
            Interlocked.Increment(ref server._requests);
            int hit;
            lock (server.Hits)
            {
                server.Hits[context.Request.Path] = hit = server.Hits.GetValueOrDefault(context.Request.Path) + 1;
            }

            await answer(context, hit);
        });
        await app.StartAsync();
        return server;
    }

    public static Task Json(HttpContext context, int status, string body, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
