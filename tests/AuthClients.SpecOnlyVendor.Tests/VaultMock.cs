using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AuthClients.SpecOnlyVendor.Tests;

/// <summary>
/// The made-up vendor of Specs/vault.yaml on loopback: POST /session checks the JSON
/// credentials and hands out a new token living <see cref="TokenLifetime"/> (by its own clock,
/// <see cref="Time"/>); GET /items/{id} wants a live token in X-Api-Key. Errors are its own
/// shape, {"error":{"text":...,"code":...}}.
/// </summary>
public sealed class VaultMock : IAsyncDisposable
{
    private WebApplication _app = null!;
    private readonly ConcurrentDictionary<string, (string User, DateTimeOffset Expires)> _tokens = new();
    private int _logins;

    public Uri BaseAddress => LoopbackApp.BaseAddress(_app);

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
        var mock = new VaultMock();
        mock._app = await LoopbackApp.StartAsync(app =>
        {
            app.MapPost("/session", mock.LogInAsync);
            app.MapGet("/items/{id}", mock.GetItemAsync);
        });
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

        await LoopbackApp.Json(context, 200, new JsonObject { ["data"] = data });
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

        await LoopbackApp.Json(context, 200, new JsonObject { ["id"] = id, ["owner"] = session.User });
    }

    private static Task Error(HttpContext context, int status, string text) =>
        LoopbackApp.Json(context, status, new JsonObject { ["error"] = new JsonObject { ["text"] = text, ["code"] = status } });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
