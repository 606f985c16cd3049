using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AuthClients.SpecOnlyVendor.Tests;

/// <summary>
/// The made-up vendor of Specs/ledger.yaml on loopback, an OAuth 2.0 authorization server as
/// RFC 6749 has it: POST /auth/token takes the password grant as a form, POST /auth/renew the
/// refresh grant (its answer carries no new refresh token: the one used stays valid), errors are
/// <c>{"error","error_description"}</c> with 400; GET /entries wants a live access token as Bearer.
/// </summary>
public sealed class LedgerMock : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _accessTokens = new();
    private readonly ConcurrentDictionary<string, byte> _refreshTokens = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _forms = new();
    private WebApplication _app = null!;
    private int _unauthorized;

    public Uri BaseAddress => LoopbackApp.BaseAddress(_app);

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Every form the token endpoints received, in order, with the path it went to.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Forms => [.. _forms];

    public int Unauthorized => Volatile.Read(ref _unauthorized);

    /// <summary>The refresh tokens issued and still accepted.</summary>
    public IReadOnlyCollection<string> RefreshTokens => [.. _refreshTokens.Keys];

    /// <summary>Forgets every refresh token: the next refresh is answered invalid_grant.</summary>
    public void RevokeRefreshTokens() => _refreshTokens.Clear();

    public static async Task<LedgerMock> StartAsync()
    {
        var mock = new LedgerMock();
        mock._app = await LoopbackApp.StartAsync(app =>
        {
            app.MapPost("/auth/token", mock.TokenAsync);
            app.MapPost("/auth/renew", mock.RenewAsync);
            app.MapGet("/entries", mock.EntriesAsync);
        });
        return mock;
    }

    private async Task TokenAsync(HttpContext context)
    {
        var form = await Read(context);
        if (form.GetValueOrDefault("grant_type") != "password" || form.GetValueOrDefault("client_id") != "ledger-desktop")
        {
            await Error(context, "invalid_request", "Only the password grant of ledger-desktop is served here.");
            return;
        }

        if (form.GetValueOrDefault("username") != "keeper" || form.GetValueOrDefault("password") != "keeper-pass")
        {
            await Error(context, "invalid_grant", "Bad credentials");
            return;
        }

        var refresh = "r-" + Guid.NewGuid().ToString("N");
        _refreshTokens[refresh] = 0;
        await Tokens(context, refresh);
    }

    private async Task RenewAsync(HttpContext context)
    {
        var form = await Read(context);
        if (form.GetValueOrDefault("grant_type") != "refresh_token" || form.GetValueOrDefault("client_id") != "ledger-desktop"
            || !_refreshTokens.ContainsKey(form.GetValueOrDefault("refresh_token") ?? string.Empty))
        {
            await Error(context, "invalid_grant", "Invalid refresh token");
            return;
        }

        await Tokens(context, refresh: null);
    }

    private Task EntriesAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || !_accessTokens.TryGetValue(header.Substring(7), out var expires) || expires <= Time.GetUtcNow())
        {
            Interlocked.Increment(ref _unauthorized);
            return LoopbackApp.Json(context, 401, new JsonObject { ["error"] = "invalid_token", ["error_description"] = "Access token expired" });
        }

        return LoopbackApp.Json(context, 200, new JsonArray("rent", "salaries"));
    }

    private Task Tokens(HttpContext context, string? refresh)
    {
        var access = "a-" + Guid.NewGuid().ToString("N");
        _accessTokens[access] = Time.GetUtcNow() + TokenLifetime;
        var answer = new JsonObject { ["access_token"] = access, ["token_type"] = "bearer", ["expires_in"] = (long)TokenLifetime.TotalSeconds };
        if (refresh is not null)
        {
            answer["refresh_token"] = refresh;
        }

        return LoopbackApp.Json(context, 200, answer);
    }

    private async Task<Dictionary<string, string>> Read(HttpContext context)
    {
        var form = (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
        _forms.Enqueue(new Dictionary<string, string>(form) { ["(path)"] = context.Request.Path });
        return form;
    }

    private static Task Error(HttpContext context, string code, string description) =>
        LoopbackApp.Json(context, 400, new JsonObject { ["error"] = code, ["error_description"] = description });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
