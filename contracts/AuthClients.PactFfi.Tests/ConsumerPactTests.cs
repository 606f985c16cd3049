using System.Net;
using System.Text.Json;
using AuthClients.PactFfi.Matchers;

namespace AuthClients.PactFfi.Tests;

public sealed class ConsumerPactTests : IDisposable
{
    private const string Consumer = "PactTestConsumer";
    private const string Provider = "PactTestProvider";
    private readonly TempPactDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task A_met_interaction_writes_a_v4_pact_with_the_state_and_matching_rules()
    {
        var pact = Pact.V4(Consumer, Provider, dir.Config).WithHttpInteractions();
        TokenInteraction.Define(pact);

        await pact.VerifyAsync(async ctx =>
        {
            using var response = await TokenInteraction.SendAsync(ctx.MockServerUri);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            body.RootElement.GetProperty("access_token").GetString().ShouldBe("eyJhbGciOi");
            body.RootElement.GetProperty("expires_in").GetInt32().ShouldBe(3600);
        });

        var file = TokenInteraction.ReadPact(dir.PactFile(Consumer, Provider));
        file.GetProperty("metadata").GetProperty("pactSpecification").GetProperty("version").GetString().ShouldBe("4.0");
        file.GetProperty("consumer").GetProperty("name").GetString().ShouldBe(Consumer);
        file.GetProperty("provider").GetProperty("name").GetString().ShouldBe(Provider);

        var interaction = file.GetProperty("interactions").EnumerateArray().ShouldHaveSingleItem();
        interaction.GetProperty("type").GetString().ShouldBe("Synchronous/HTTP");
        interaction.GetProperty("description").GetString().ShouldBe(TokenInteraction.Description);

        var state = interaction.GetProperty("providerStates").EnumerateArray().ShouldHaveSingleItem();
        state.GetProperty("name").GetString().ShouldBe(TokenInteraction.State);
        state.GetProperty("params").GetProperty("username").GetString().ShouldBe("alice");
        // Parameters are strings: "42" must not turn into a number on the way through the engine.
        state.GetProperty("params").GetProperty("tenant").GetString().ShouldBe("42");

        var request = interaction.GetProperty("request");
        request.GetProperty("method").GetString().ShouldBe("POST");
        request.GetProperty("path").GetString().ShouldBe("/oauth/token");
        var queryRule = request.GetProperty("matchingRules").GetProperty("query").GetProperty("client_id").GetProperty("matchers")[0];
        queryRule.GetProperty("match").GetString().ShouldBe("regex");
        queryRule.GetProperty("regex").GetString().ShouldBe("^[a-z]+-[0-9]+$");
        request.GetProperty("matchingRules").GetProperty("body").GetProperty("$.password").GetProperty("matchers")[0]
            .GetProperty("match").GetString().ShouldBe("type");

        var response = interaction.GetProperty("response");
        response.GetProperty("status").GetInt32().ShouldBe(200);
        var bodyRules = response.GetProperty("matchingRules").GetProperty("body");
        bodyRules.GetProperty("$.access_token").GetProperty("matchers")[0].GetProperty("match").GetString().ShouldBe("type");
        var uuidRule = bodyRules.GetProperty("$.session_id").GetProperty("matchers")[0];
        uuidRule.GetProperty("match").GetString().ShouldBe("regex");
        uuidRule.GetProperty("regex").GetString().ShouldBe(TokenInteraction.UuidRegex);
        bodyRules.GetProperty("$.expires_in").GetProperty("matchers")[0].GetProperty("match").GetString().ShouldBe("integer");
        // Exact values stay exact: no rule for success.
        bodyRules.TryGetProperty("$.success", out _).ShouldBeFalse();
        response.GetProperty("body").GetProperty("content").GetProperty("success").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_request_the_interaction_does_not_expect_fails_VerifyAsync_naming_the_mismatch()
    {
        var pact = Pact.V4(Consumer, Provider, dir.Config).WithHttpInteractions();
        TokenInteraction.Define(pact);

        var failure = await Should.ThrowAsync<PactFailureException>(() => pact.VerifyAsync(async ctx =>
        {
            // The client_id breaks the regex, and /oauth/revoke is not in the pact at all.
            using var wrongQuery = await TokenInteraction.SendAsync(ctx.MockServerUri, clientId: "WEB_123");
            using var http = new HttpClient { BaseAddress = ctx.MockServerUri };
            using var unexpected = await http.GetAsync(new Uri("oauth/revoke", UriKind.Relative));
        }));

        failure.Message.ShouldContain("/oauth/token");
        failure.Message.ShouldContain("WEB_123");
        failure.Message.ShouldContain("/oauth/revoke");
        failure.MismatchesJson.ShouldContain("request-not-found");
        File.Exists(dir.PactFile(Consumer, Provider)).ShouldBeFalse("a failed verify must not write the pact");
    }

    [Fact]
    public async Task An_interaction_that_is_never_called_fails_VerifyAsync()
    {
        var pact = Pact.V4(Consumer, Provider, dir.Config).WithHttpInteractions();
        TokenInteraction.Define(pact);

        var failure = await Should.ThrowAsync<PactFailureException>(() => pact.VerifyAsync(_ => Task.CompletedTask));

        failure.MismatchesJson.ShouldContain("missing-request");
    }

    [Fact]
    public async Task Each_verify_merges_its_interactions_into_the_same_pact_file()
    {
        var pact = Pact.V4(Consumer, Provider, dir.Config).WithHttpInteractions();
        TokenInteraction.Define(pact);
        await pact.VerifyAsync(async ctx => (await TokenInteraction.SendAsync(ctx.MockServerUri)).Dispose());

        pact.UponReceiving("a health check")
            .WithRequest(HttpMethod.Get, "/health")
            .WillRespond()
            .WithStatus(HttpStatusCode.NoContent);
        await pact.VerifyAsync(async ctx =>
        {
            // Only the health check is served now: the token interaction was consumed by the first verify.
            using var http = new HttpClient { BaseAddress = ctx.MockServerUri };
            (await http.GetAsync(new Uri("health", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        });

        var descriptions = TokenInteraction.ReadPact(dir.PactFile(Consumer, Provider)).GetProperty("interactions")
            .EnumerateArray().Select(i => i.GetProperty("description").GetString()).ToList();
        descriptions.ShouldBe([TokenInteraction.Description, "a health check"], ignoreOrder: true);
    }

    [Fact]
    public async Task Concurrent_verifies_writing_the_same_pact_file_keep_every_interaction()
    {
        const int writers = 16;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            var pact = Pact.V4(Consumer, Provider, dir.Config).WithHttpInteractions();
            pact.UponReceiving($"ping {i}")
                .WithRequest(HttpMethod.Get, $"/ping/{i}")
                .WillRespond()
                .WithStatus(HttpStatusCode.OK)
                .WithJsonBody(new { n = Match.Integer(i) });
            await pact.VerifyAsync(async ctx =>
            {
                using var http = new HttpClient { BaseAddress = ctx.MockServerUri };
                (await http.GetAsync(new Uri($"ping/{i}", UriKind.Relative))).EnsureSuccessStatusCode().Dispose();
            });
        })));

        var interactions = TokenInteraction.ReadPact(dir.PactFile(Consumer, Provider)).GetProperty("interactions");
        interactions.GetArrayLength().ShouldBe(writers);
    }

    [Fact]
    public async Task Header_and_query_matchers_accept_other_values_that_match()
    {
        var pact = Pact.V4(Consumer, Provider, dir.Config).WithHttpInteractions();
        pact.UponReceiving("a call with a bearer token")
            .WithRequest(HttpMethod.Get, "/me")
            .WithHeader("Authorization", Match.Regex("Bearer abc", "^Bearer [A-Za-z0-9]+$"))
            .WithQuery("page", Match.Regex("1", "^[0-9]+$"))
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithHeader("X-Request-Id", Match.Type("r-1"));

        await pact.VerifyAsync(async ctx =>
        {
            using var http = new HttpClient { BaseAddress = ctx.MockServerUri };
            using var request = new HttpRequestMessage(HttpMethod.Get, "me?page=7");
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer zzz999");
            using var response = await http.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Headers.GetValues("X-Request-Id").ShouldHaveSingleItem().ShouldBe("r-1");
        });

        var request = TokenInteraction.ReadPact(dir.PactFile(Consumer, Provider)).GetProperty("interactions")[0].GetProperty("request");
        request.GetProperty("matchingRules").GetProperty("header").GetProperty("Authorization").GetProperty("matchers")[0]
            .GetProperty("match").GetString().ShouldBe("regex");
    }

    [Fact]
    public async Task An_engine_failure_surfaces_as_an_exception_naming_the_ffi_call()
    {
        // A pact file the engine cannot merge into: the write must fail loudly, not silently.
        await File.WriteAllTextAsync(dir.PactFile(Consumer, Provider), "this is not a pact");
        var pact = Pact.V4(Consumer, Provider, dir.Config).WithHttpInteractions();
        TokenInteraction.Define(pact);

        var failure = await Should.ThrowAsync<PactFfiException>(() =>
            pact.VerifyAsync(async ctx => (await TokenInteraction.SendAsync(ctx.MockServerUri)).Dispose()));

        failure.Function.ShouldBe("pactffi_pact_handle_write_file");
        failure.Message.ShouldContain("pactffi_pact_handle_write_file");
    }

    [Fact]
    public async Task VerifyAsync_without_interactions_is_an_error()
    {
        var pact = Pact.V4(Consumer, Provider, dir.Config).WithHttpInteractions();

        await Should.ThrowAsync<InvalidOperationException>(() => pact.VerifyAsync(_ => Task.CompletedTask));
    }
}
