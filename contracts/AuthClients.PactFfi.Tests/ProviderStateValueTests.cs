using System.Net;
using System.Text.Json.Nodes;
using AuthClients.PactFfi.Verifier;

namespace AuthClients.PactFfi.Tests;

/// <summary>
/// Provider-state-injected values end to end: the consumer side records ProviderState generators in
/// every part of the request, and the verifier really sends what the state change answered.
/// </summary>
public sealed class ProviderStateValueTests : IDisposable
{
    private const string Consumer = "InjectionConsumer";
    private const string Provider = "InjectionProvider";
    private readonly TempPactDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task The_consumer_sends_the_examples_and_the_pact_records_a_provider_state_generator_per_part()
    {
        var pactFile = await WritePactAsync();

        var request = TokenInteraction.ReadPact(pactFile).GetProperty("interactions")[0].GetProperty("request");
        // The recorded request is the example: what the consumer test sent.
        request.GetProperty("path").GetString().ShouldBe("/users/" + InjectedValuesInteraction.ExampleUserId);
        var generators = request.GetProperty("generators");
        Expression(generators.GetProperty("path")).ShouldBe("/users/${userId}");
        Expression(generators.GetProperty("header").GetProperty("Authorization")).ShouldBe("Bearer ${accessToken}");
        Expression(generators.GetProperty("query").GetProperty("session")).ShouldBe("${accessToken}");
        Expression(generators.GetProperty("body").GetProperty("$.owner")).ShouldBe("${userId}");
        request.GetProperty("matchingRules").GetProperty("header").GetProperty("Authorization").GetProperty("matchers")[0]
            .GetProperty("regex").GetString().ShouldBe("^Bearer [A-Za-z0-9-]+$");
    }

    [Fact]
    public async Task The_verifier_sends_the_values_the_state_change_returned_in_path_header_query_and_body()
    {
        var pactFile = new FileInfo(await WritePactAsync());
        await using var provider = await IssuingProvider.StartAsync();

        Verify(provider, pactFile);

        provider.Refusals.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("path", null)]
    [InlineData("header", "Authorization")]
    [InlineData("query", "session")]
    [InlineData("body", "$.owner")]
    public async Task Without_its_generator_a_part_carries_the_fixed_example_and_the_provider_refuses_it(string part, string? key)
    {
        var pactFile = await WritePactAsync();
        var pact = JsonNode.Parse(await File.ReadAllTextAsync(pactFile))!;
        var generators = pact["interactions"]![0]!["request"]!["generators"]!.AsObject();
        if (key is null)
        {
            generators.Remove(part).ShouldBeTrue();
        }
        else
        {
            generators[part]!.AsObject().Remove(key).ShouldBeTrue();
        }

        var stripped = Path.Combine(dir.Path, "stripped.json");
        await File.WriteAllTextAsync(stripped, pact.ToJsonString());
        await using var provider = await IssuingProvider.StartAsync();

        var failure = Should.Throw<PactVerificationException>(() => Verify(provider, new FileInfo(stripped)));

        failure.Output.ShouldContain(InjectedValuesInteraction.Description);
        provider.Refusals.ShouldBe([part]);
    }

    private static void Verify(IssuingProvider provider, FileInfo pactFile)
    {
        using var verifier = new PactVerifier(Provider);
        verifier.WithHttpEndpoint(provider.BaseUri)
            .WithFileSource(pactFile)
            .WithProviderStateUrl(provider.StateUri)
            .Verify();
    }

    private static string Expression(System.Text.Json.JsonElement generator)
    {
        generator.GetProperty("type").GetString().ShouldBe("ProviderState");
        return generator.GetProperty("expression").GetString()!;
    }

    private async Task<string> WritePactAsync()
    {
        var pact = Pact.V4(Consumer, Provider, dir.Config).WithHttpInteractions();
        InjectedValuesInteraction.Define(pact);
        await pact.VerifyAsync(async ctx =>
        {
            using var response = await InjectedValuesInteraction.SendAsync(ctx.MockServerUri);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        });
        return dir.PactFile(Consumer, Provider);
    }
}
