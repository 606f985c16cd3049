using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AuthClients.SpecOnlyVendor.Tests;

/// <summary>
/// The made-up vendor of Specs/kiosk.yaml on loopback: POST /auth/sign-in takes
/// {"operator","pin"} or (no body) a badge token as Bearer and answers an access and a renewal
/// JWT carrying iat and ttl but no exp; GET /auth/renew takes the renewal token as Bearer and
/// answers a new access token only; GET /displays wants a live access token. Time is
/// <see cref="Time"/>, so a test moves it.
/// </summary>
public sealed class KioskMock : IAsyncDisposable
{
    public const string Operator = "ada";
    public const string Pin = "4711";
    public const string Badge = "badge-7f3c1e";

    private WebApplication _app = null!;
    private readonly ConcurrentQueue<string> _signIns = new();
    private readonly ConcurrentQueue<string> _renewedWith = new();
    private int _unauthorized;
    private int _renewals;

    public Uri BaseAddress => LoopbackApp.BaseAddress(_app);

    public TimeProvider Time { get; set; } = TimeProvider.System;

    public TimeSpan AccessLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan RenewLifetime { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>Issue tokens without iat: their ttl then counts from when the client sent the request.</summary>
    public bool WithoutIat { get; set; }

    /// <summary>How each sign-in came: "pin" (the body) or "badge" (Bearer, no body).</summary>
    public IReadOnlyList<string> SignIns => [.. _signIns];

    /// <summary>The renewal token each renewal presented.</summary>
    public IReadOnlyList<string> RenewedWith => [.. _renewedWith];

    public int Unauthorized => Volatile.Read(ref _unauthorized);

    /// <summary>Every renewal asked for, refused ones included.</summary>
    public int RenewalAttempts => Volatile.Read(ref _renewals);

    public static async Task<KioskMock> StartAsync()
    {
        var mock = new KioskMock();
        mock._app = await LoopbackApp.StartAsync(app =>
        {
            app.MapPost("/auth/sign-in", mock.SignInAsync);
            app.MapGet("/auth/renew", mock.RenewAsync);
            app.MapGet("/displays", mock.DisplaysAsync);
        });
        return mock;
    }

    private async Task SignInAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        var bearer = Bearer(context);
        if (text.Length == 0)
        {
            _signIns.Enqueue("badge");
            await (bearer == Badge ? Pair(context) : Problem(context, 401, "Unauthorized", "unknown badge"));
            return;
        }

        _signIns.Enqueue(bearer is null ? "pin" : "pin+bearer");
        var body = JsonNode.Parse(text);
        var pin = (string?)body?["pin"];
        if (pin is null || pin.Length != 4 || !pin.All(char.IsAsciiDigit))
        {
            await Problem(context, 400, "Bad Request", "pin must be 4 digits");
        }
        else if ((string?)body?["operator"] == Operator && pin == Pin)
        {
            await Pair(context);
        }
        else
        {
            await Problem(context, 401, "Unauthorized", "wrong operator or pin");
        }
    }

    private Task RenewAsync(HttpContext context)
    {
        Interlocked.Increment(ref _renewals);
        var renew = Bearer(context);
        if (renew is null || !Live(renew, "renew"))
        {
            return Problem(context, 401, "Unauthorized", "renewal token expired or unknown");
        }

        _renewedWith.Enqueue(renew);
        return LoopbackApp.Json(context, 200, new JsonObject { ["access"] = Jwt("access", AccessLifetime) });
    }

    private Task DisplaysAsync(HttpContext context)
    {
        if (Bearer(context) is not { } access || !Live(access, "access"))
        {
            Interlocked.Increment(ref _unauthorized);
            return Problem(context, 401, "Unauthorized", "access token expired");
        }

        return LoopbackApp.Json(context, 200, new JsonArray("lobby", "hall"));
    }

    private Task Pair(HttpContext context) =>
        LoopbackApp.Json(context, 200, new JsonObject { ["access"] = Jwt("access", AccessLifetime), ["renew"] = Jwt("renew", RenewLifetime) });

    private static Task Problem(HttpContext context, int status, string title, string problem) =>
        LoopbackApp.Json(context, status, new JsonObject { ["status"] = status, ["title"] = title, ["problems"] = new JsonArray(problem) });

    // The mock keeps the issue time itself, so a token without iat is still checked.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new();

    private string Jwt(string use, TimeSpan lifetime)
    {
        var now = Time.GetUtcNow();
        var claims = new JsonObject { ["use"] = use, ["jti"] = Guid.NewGuid().ToString("N"), ["ttl"] = (long)lifetime.TotalSeconds };
        if (!WithoutIat)
        {
            claims["iat"] = now.ToUnixTimeSeconds();
        }

        var jwt = Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + Base64Url(claims.ToJsonString()) + ".c2lnbmF0dXJl";
        _expiries[jwt] = now + lifetime;
        return jwt;
    }

    private bool Live(string jwt, string use) =>
        _expiries.TryGetValue(jwt, out var expiry) && Time.GetUtcNow() < expiry && jwt.Split('.') is [_, var payload, _]
        && JsonDocument.Parse(Convert.FromBase64String(Padded(payload))).RootElement.GetProperty("use").GetString() == use;

    private static string Padded(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
    }

    private static string? Bearer(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? header.Substring(7) : null;
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
