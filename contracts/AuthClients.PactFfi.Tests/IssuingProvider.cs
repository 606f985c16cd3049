using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AuthClients.PactFfi.Tests;

/// <summary>
/// A provider that, like a real one, makes its own tokens and ids: each state setup issues a fresh
/// random pair and returns it as the state-change body; only that pair is accepted afterwards.
/// </summary>
internal sealed class IssuingProvider : IAsyncDisposable
{
    private readonly WebApplication app;
    private volatile Issued? issued;

    private IssuingProvider(WebApplication app) => this.app = app;

    public Uri BaseUri { get; private set; } = null!;

    public Uri StateUri => new(BaseUri, "provider-states");

    /// <summary>Every request the provider refused, as "what was wrong", for assertions.</summary>
    public ConcurrentQueue<string> Refusals { get; } = new();

    public static async Task<IssuingProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var provider = new IssuingProvider(app);

        app.MapPost("/provider-states", () =>
        {
            var pair = new Issued("tok-" + Guid.NewGuid().ToString("N"), "u-" + Guid.NewGuid().ToString("N")[..8]);
            provider.issued = pair;
            return Results.Json(new { accessToken = pair.Token, userId = pair.UserId });
        });
        app.MapPut("/users/{id}", async (string id, HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            var wrong = provider.Check(id, request, body.RootElement);
            if (wrong is not null)
            {
                provider.Refusals.Enqueue(wrong);
                return Results.Json(new { updated = false }, statusCode: StatusCodes.Status401Unauthorized);
            }

            return Results.Json(new { updated = true });
        });

        await app.StartAsync();
        provider.BaseUri = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private string? Check(string id, HttpRequest request, JsonElement body)
    {
        if (issued is not { } pair)
        {
            return "no state was set up";
        }

        if (id != pair.UserId)
        {
            return "path";
        }

        if (request.Headers.Authorization.ToString() != "Bearer " + pair.Token)
        {
            return "header";
        }

        if (request.Query["session"].ToString() != pair.Token)
        {
            return "query";
        }

        return body.GetProperty("owner").GetString() == pair.UserId ? null : "body";
    }

    private sealed record Issued(string Token, string UserId);
}
