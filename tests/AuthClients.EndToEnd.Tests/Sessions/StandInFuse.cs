using System.Text.Json;
using AuthClients.EndToEnd.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace AuthClients.EndToEnd.Tests.Sessions;

/// <summary>
/// A Fuse v5 stand-in that serves, besides the session login, the endpoints of the user's own
/// spec (Specs/fuse-learning.yaml) and a report endpoint: each needs the token its last login
/// issued in <c>Auth-Token</c>, as Fuse does.
/// </summary>
internal sealed class StandInFuse : IAsyncDisposable
{
    public const string LoginName = "integration.user";
    public const string Password = "integration-password";

    private readonly FaultServer _server;
    private int _logins;
    private volatile string? _current;

    private StandInFuse(FaultServer server) => _server = server;

    public Uri BaseAddress => _server.BaseAddress;

    public int Logins => Volatile.Read(ref _logins);

    /// <summary>Requests answered 401 because their token was missing or not the current one.</summary>
    public int Refused { get; private set; }

    public static async Task<StandInFuse> StartAsync()
    {
        StandInFuse? fuse = null;
        var server = await FaultServer.StartAsync((context, _) => fuse!.AnswerAsync(context));
        fuse = new StandInFuse(server);
        return fuse;
    }

    /// <summary>Fuse rotates tokens: the current one stops working.</summary>
    public void Rotate() => _current = null;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (context.Request.Method == "POST" && path == "/api/v5.0/session")
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            if (body.RootElement.GetProperty("login_name").GetString() != LoginName || body.RootElement.GetProperty("password").GetString() != Password)
            {
                await FaultServer.Json(context, 401, """{"success":false,"errors":{"base":"Unauthorized 401"}}""");
                return;
            }

            var token = "tok-" + Interlocked.Increment(ref _logins);
            _current = token;
            await FaultServer.Json(context, 200, """{"success":true,"auth_tokens":{"user_authentication_token":{"authentication_token":""" + JsonSerializer.Serialize(token) + "}}}");
            return;
        }

        if (context.Request.Headers["Auth-Token"].ToString() is not { Length: > 0 } sent || sent != _current)
        {
            Refused++;
            await FaultServer.Json(context, 401, """{"success":false,"errors":{"base":"Unauthorized 401"}}""");
            return;
        }

        var answer = path switch
        {
            "/api/v5.0/communities" => """[{"id":7,"name":"Sales"},{"id":8,"name":"Support"}]""",
            "/api/v5.0/communities/7/topics" => """[{"id":70,"title":"Onboarding"}]""",
            "/api/v5.0/reports/completions" => """{"completed":42}""",
            _ => null,
        };
        await (answer is null ? FaultServer.Json(context, 404, """{"success":false,"errors":{"base":"Not found"}}""") : FaultServer.Json(context, 200, answer));
    }
}
