using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AuthClients.SpecOnlyVendor.Tests;

/// <summary>
/// The made-up vendor of Specs/stream.yaml on loopback: POST /login takes HTTP Basic and
/// answers a JWT access token (its exp from <see cref="Time"/> plus <see cref="TokenLifetime"/>)
/// and a refresh token; GET /refresh takes the refresh token as Bearer; GET /streams wants a
/// live access token as Bearer.
/// </summary>
public sealed class StreamMock : IAsyncDisposable
{
    private WebApplication _app = null!;
    private readonly ConcurrentDictionary<string, byte> _refreshTokens = new();
    private int _logins;
    private int _refreshes;
    private int _unauthorized;

    public Uri BaseAddress => LoopbackApp.BaseAddress(_app);

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    public TimeProvider Time { get; set; } = TimeProvider.System;

    public int Logins => Volatile.Read(ref _logins);

    public int Refreshes => Volatile.Read(ref _refreshes);

    public int Unauthorized => Volatile.Read(ref _unauthorized);

    /// <summary>Forgets every refresh token: the next refresh is refused.</summary>
    public void RevokeRefreshTokens() => _refreshTokens.Clear();

    public static async Task<StreamMock> StartAsync()
    {
        var mock = new StreamMock();
        mock._app = await LoopbackApp.StartAsync(app =>
        {
            app.MapPost("/login", mock.LoginAsync);
            app.MapGet("/refresh", mock.RefreshAsync);
            app.MapGet("/streams", mock.StreamsAsync);
        });
        return mock;
    }

    private Task LoginAsync(HttpContext context)
    {
        Interlocked.Increment(ref _logins);
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("operator:op-secret"));
        return context.Request.Headers.Authorization.ToString() == expected ? Tokens(context) : Refuse(context);
    }

    private Task RefreshAsync(HttpContext context)
    {
        Interlocked.Increment(ref _refreshes);
        var presented = Bearer(context);
        return presented is not null && _refreshTokens.TryRemove(presented, out _) ? Tokens(context) : Refuse(context);
    }

    private Task StreamsAsync(HttpContext context)
    {
        var exp = Bearer(context) is { } token ? ExpiryOf(token) : null;
        if (exp is null || exp <= Time.GetUtcNow().ToUnixTimeSeconds())
        {
            Interlocked.Increment(ref _unauthorized);
            return Refuse(context);
        }

        return LoopbackApp.Json(context, 200, new JsonArray("cam-1", "cam-2"));
    }

    private Task Tokens(HttpContext context)
    {
        var refresh = "r-" + Guid.NewGuid().ToString("N");
        _refreshTokens[refresh] = 0;
        var exp = (Time.GetUtcNow() + TokenLifetime).ToUnixTimeSeconds();
        return LoopbackApp.Json(context, 200, new JsonObject { ["access_token"] = Jwt(exp), ["refresh_token"] = refresh });
    }

    private static string? Bearer(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? header.Substring(7) : null;
    }

    // An unsigned-in-effect JWT: the client reads its claims without checking the signature.
    private static string Jwt(long exp) =>
        Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + Base64Url("{\"sub\":\"operator\",\"jti\":\"" + Guid.NewGuid().ToString("N") + "\",\"exp\":" + exp + "}") + ".c2lnbmF0dXJl";

    private static long? ExpiryOf(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        var payload = parts[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return (long?)JsonNode.Parse(Convert.FromBase64String(payload))?["exp"];
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static Task Refuse(HttpContext context) => LoopbackApp.Json(context, 401, new JsonObject { ["error"] = "unauthorized" });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
