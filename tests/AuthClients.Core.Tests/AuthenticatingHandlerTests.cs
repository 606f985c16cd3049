using System.Net;
using AuthClients.Core.Tests.Fakes;

namespace AuthClients.Core.Tests;

public sealed class AuthenticatingHandlerTests
{
    [Fact]
    public async Task A_401_triggers_one_relogin_and_one_retry_never_a_loop()
    {
        var endpoint = new FakeTokenEndpoint();
        var inner = new ScriptedHandler(_ => HttpStatusCode.Unauthorized);
        using var client = Client(endpoint, inner);

        using var response = await client.GetAsync(new Uri("http://127.0.0.1/resource"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        inner.Sends.ShouldBe(2);
        endpoint.Logins.ShouldBe(2);
        inner.TokensSeen.ShouldBe(["token-1", "token-2"]);
    }

    [Fact]
    public async Task The_retried_call_carries_only_the_new_token()
    {
        var endpoint = new FakeTokenEndpoint();
        var inner = new ScriptedHandler(r => r.Headers.GetValues("X-Token").Single() == "token-1" ? HttpStatusCode.Unauthorized : HttpStatusCode.OK);
        using var client = Client(endpoint, inner);

        using var response = await client.GetAsync(new Uri("http://127.0.0.1/resource"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        inner.TokensSeen.ShouldBe(["token-1", "token-2"]);
    }

    [Fact]
    public async Task A_replacement_obtained_while_the_request_was_out_and_revoked_with_it_gets_one_renewal_of_the_calls_own()
    {
        var endpoint = new FakeTokenEndpoint();
        var session = TestSessions.Over(endpoint);
        // While token-1's request is out, another caller replaces token-1 with token-2; then
        // the server revokes every token it issued so far, so both are refused.
        var inner = new ScriptedHandler(r =>
        {
            var token = r.Headers.GetValues("X-Token").Single();
            if (token == "token-1")
            {
                session.Tokens.RenewAfterRejectionAsync(session.Tokens.GetTokenAsync().AsTask().GetAwaiter().GetResult()).AsTask().GetAwaiter().GetResult();
            }

            return token is "token-1" or "token-2" ? HttpStatusCode.Unauthorized : HttpStatusCode.OK;
        });
        using var client = new HttpClient(new AuthenticatingHandler(session) { InnerHandler = inner });

        using var response = await client.GetAsync(new Uri("http://127.0.0.1/resource"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        inner.TokensSeen.ShouldBe(["token-1", "token-2", "token-3"]);
        endpoint.Logins.ShouldBe(3, "the first login, the other caller's, and this call's one");
    }

    [Fact]
    public async Task A_concurrent_401_storm_causes_one_relogin()
    {
        var endpoint = new FakeTokenEndpoint();
        var inner = new ScriptedHandler(r => r.Headers.GetValues("X-Token").Single() == "token-1" ? HttpStatusCode.Unauthorized : HttpStatusCode.OK);
        using var client = Client(endpoint, inner);
        await client.GetAsync(new Uri("http://127.0.0.1/warm-up"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => client.GetAsync(new Uri("http://127.0.0.1/resource"))));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        endpoint.Logins.ShouldBe(2);
    }

    [Fact]
    public async Task A_body_that_cannot_be_replayed_is_not_retried()
    {
        var endpoint = new FakeTokenEndpoint();
        var inner = new ScriptedHandler(_ => HttpStatusCode.Unauthorized);
        using var client = Client(endpoint, inner);
        using var content = new StreamContent(new MemoryStream([1, 2, 3]));

        using var response = await client.PostAsync(new Uri("http://127.0.0.1/upload"), content);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        inner.Sends.ShouldBe(1);
    }

    [Fact]
    public async Task A_buffered_body_is_sent_again_on_the_retry()
    {
        var endpoint = new FakeTokenEndpoint();
        var bodies = new List<string>();
        var inner = new ScriptedHandler(r =>
        {
            bodies.Add(r.Content!.ReadAsStringAsync().GetAwaiter().GetResult());
            return bodies.Count == 1 ? HttpStatusCode.Unauthorized : HttpStatusCode.OK;
        });
        using var client = Client(endpoint, inner);
        using var content = new StringContent("{\"a\":1}");

        using var response = await client.PostAsync(new Uri("http://127.0.0.1/items"), content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        bodies.ShouldBe(["{\"a\":1}", "{\"a\":1}"]);
    }

    private static HttpClient Client(FakeTokenEndpoint endpoint, HttpMessageHandler inner) =>
        new(new AuthenticatingHandler(TestSessions.Over(endpoint)) { InnerHandler = inner });
}
