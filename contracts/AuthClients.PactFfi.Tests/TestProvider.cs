using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AuthClients.PactFfi.Tests;

/// <summary>
/// A tiny in-process provider on 127.0.0.1 (any free port) for the token interaction, answering either
/// as the pact says or wrongly, and recording every provider-state call it receives.
/// </summary>
internal sealed class TestProvider : IAsyncDisposable
{
    private readonly WebApplication app;

    private TestProvider(WebApplication app) => this.app = app;

    public Uri BaseUri { get; private set; } = null!;

    public Uri StateUri => new(BaseUri, "provider-states");

    /// <summary>The JSON bodies POSTed to the provider-state URL, in order.</summary>
    public ConcurrentQueue<JsonElement> StateCalls { get; } = new();

    public static async Task<TestProvider> StartAsync(bool answerCorrectly)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var provider = new TestProvider(app);

        app.MapPost("/provider-states", async (HttpRequest request) =>
        {
            using var document = await JsonDocument.ParseAsync(request.Body);
            provider.StateCalls.Enqueue(document.RootElement.Clone());
            return Results.Ok();
        });
        app.MapPost("/oauth/token", () => answerCorrectly
            ? Results.Json(new
            {
                access_token = "a-completely-different-token",
                session_id = Guid.NewGuid().ToString(),
                expires_in = 60,
                success = true,
            })
            : Results.Json(new
            {
                access_token = "x",
                session_id = "not-a-uuid",
                expires_in = "soon",
                success = false,
            }));

        await app.StartAsync();
        provider.BaseUri = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
