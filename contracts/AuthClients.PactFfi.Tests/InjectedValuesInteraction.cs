using System.Net;
using System.Net.Http.Headers;
using AuthClients.PactFfi.Generators;
using AuthClients.PactFfi.Matchers;

namespace AuthClients.PactFfi.Tests;

/// <summary>
/// An interaction whose token and user id only the provider can make: path, header, query and body
/// take them from the provider state, the consumer test sends the examples.
/// </summary>
internal static class InjectedValuesInteraction
{
    public const string Description = "a profile update with a token the provider issued";
    public const string State = "a user holds a valid token";
    public const string ExampleToken = "example-token-1";
    public const string ExampleUserId = "u-100";

    public static void Define(IPactBuilderV4 pact) =>
        pact.UponReceiving(Description)
            .Given(State)
            .WithRequest(HttpMethod.Put, Generate.ProviderState("/users/" + ExampleUserId, "/users/${userId}", "^/users/[a-z0-9-]+$"))
            .WithHeader("Authorization", Generate.ProviderState("Bearer " + ExampleToken, "Bearer ${accessToken}", "^Bearer [A-Za-z0-9-]+$"))
            .WithQuery("session", Generate.ProviderState(ExampleToken, "${accessToken}"))
            .WithJsonBody(new { owner = Generate.ProviderState(ExampleUserId, "${userId}"), note = "hello" })
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new { updated = true });

    /// <summary>What a correct client sends (the examples).</summary>
    public static async Task<HttpResponseMessage> SendAsync(Uri baseUri)
    {
        using var http = new HttpClient { BaseAddress = baseUri };
        using var request = new HttpRequestMessage(HttpMethod.Put, $"users/{ExampleUserId}?session={ExampleToken}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { owner = ExampleUserId, note = "hello" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ExampleToken);
        return await http.SendAsync(request);
    }
}
