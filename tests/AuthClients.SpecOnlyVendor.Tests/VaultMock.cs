using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AuthClients.SpecOnlyVendor.Tests;

/// <summary>
/// The made-up vendor of Specs/vault.yaml on loopback: POST /session checks the JSON
/// credentials and hands out a new token living <see cref="TokenLifetime"/> (by its own clock,
/// <see cref="Time"/>); GET /items/{id} wants a live token in X-Api-Key. Errors are its own
/// shape, {"error":{"text":...,"code":...}}.
/// </summary>
public sealed class VaultMock : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (string User, DateTimeOffset Expires)> _tokens = new();
    private int _logins;

    private VaultMock(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Urls.First() + "/");

    /// <summary>Accounts: user name to password.</summary>
    public Dictionary<string, string> Users { get; } = new() { ["alice"] = "alice-secret", ["bob"] = "bob-secret" };

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Answers every login with password_change_required: true.</summary>
    public bool PasswordChangeRequired { get; set; }

    /// <summary>How long a login takes to answer.</summary>
    public TimeSpan LoginDelay { get; set; }

    public int Logins => Volatile.Read(ref _logins);

    /// <summary>The X-Api-Key of each item request, in order.</summary>
    public ConcurrentQueue<string?> KeysSeen { get; } = new();

    /// <summary>The realm of each login.</summary>
    public ConcurrentQueue<string?> Realms { get; } = new();

    private int _unauthorized;

    /// <summary>Item requests refused for their key.</summary>
    public int Unauthorized => Volatile.Read(ref _unauthorized);

    /// <summary>Forgets every token (a server restart): the next call with one is refused.</summary>
    public void RevokeAll() => _tokens.Clear();

    public static async Task<VaultMock> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var mock = new VaultMock(app);
        app.MapPost("/session", mock.LogInAsync);
        app.MapGet("/items/{id}", mock.GetItemAsync);
        await app.StartAsync();
        return mock;
    }

    private async Task LogInAsync(HttpContext context)
    {
        Interlocked.Increment(ref _logins);
        Realms.Enqueue(context.Request.Query["realm"].FirstOrDefault());
        if (LoginDelay > TimeSpan.Zero)
        {
            await Task.Delay(LoginDelay);
        }

        var body = await JsonNode.ParseAsync(context.Request.Body) ?? new JsonObject();
        var user = (string?)body["username"];
        var password = (string?)body["password"];
        if (user is null || !Users.TryGetValue(user, out var expected) || expected != password)
        {
            await Error(context, 401, "The user name or password is wrong.");
            return;
        }

        var token = "tok-" + Guid.NewGuid().ToString("N");
        _tokens[token] = (user, Time.GetUtcNow() + TokenLifetime);
        var data = new JsonObject { ["token"] = token, ["expires_in"] = (long)TokenLifetime.TotalSeconds };
        if (PasswordChangeRequired)
        {
            data["password_change_required"] = true;
        }

        await Json(context, 200, new JsonObject { ["data"] = data });
    }

    private async Task GetItemAsync(HttpContext context, string id)
    {
        string? key = context.Request.Headers["X-Api-Key"];
        KeysSeen.Enqueue(key);
        if (key is null || !_tokens.TryGetValue(key, out var session) || session.Expires <= Time.GetUtcNow())
        {
            Interlocked.Increment(ref _unauthorized);
            await Error(context, 401, "The key is missing or expired.");
            return;
        }

        if (id == "missing")
        {
            await Error(context, 404, "There is no item 'missing'.");
            return;
        }

        await Json(context, 200, new JsonObject { ["id"] = id, ["owner"] = session.User });
    }

    private static Task Error(HttpContext context, int status, string text) =>
        Json(context, status, new JsonObject { ["error"] = new JsonObject { ["text"] = text, ["code"] = status } });

    private static Task Json(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
