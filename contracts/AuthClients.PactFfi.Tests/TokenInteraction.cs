using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AuthClients.PactFfi.Matchers;

namespace AuthClients.PactFfi.Tests;

/// <summary>One realistic interaction (a token request) shared by the consumer and verifier tests.</summary>
internal static class TokenInteraction
{
    public const string Description = "a password grant for an existing user";
    public const string State = "a user exists";
    public const string Uuid = "6f1c2b9e-3d4a-4f5b-8c7d-1e2f3a4b5c6d";
    public const string UuidRegex = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    public static void Define(IPactBuilderV4 pact) =>
        pact.UponReceiving(Description)
            .Given(State, new Dictionary<string, string> { ["username"] = "alice", ["tenant"] = "42" })
            .WithRequest(HttpMethod.Post, "/oauth/token")
            .WithQuery("client_id", Match.Regex("web-123", "^[a-z]+-[0-9]+$"))
            .WithHeader("Accept", "application/json")
            .WithJsonBody(new { username = "alice", password = Match.Type("s3cret") })
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new
            {
                access_token = Match.Type("eyJhbGciOi"),
                session_id = Match.Regex(Uuid, UuidRegex),
                expires_in = Match.Integer(3600),
                success = true,
            });

    /// <summary>What a correct client sends.</summary>
    public static async Task<HttpResponseMessage> SendAsync(Uri baseUri, string clientId = "web-123")
    {
        using var http = new HttpClient { BaseAddress = baseUri };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"oauth/token?client_id={clientId}")
        {
            Content = JsonContent.Create(new { username = "alice", password = "another-secret" }),
        };
        request.Headers.Add("Accept", "application/json");
        return await http.SendAsync(request);
    }

    public static JsonElement ReadPact(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return document.RootElement.Clone();
    }
}
