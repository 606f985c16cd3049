using System.Text.Json;
using AuthClients.PactFfi.Verifier;

namespace AuthClients.PactFfi.Tests;

public sealed class VerifierTests : IAsyncLifetime, IDisposable
{
    private const string Consumer = "VerifierTestConsumer";
    private const string Provider = "VerifierTestProvider";
    private readonly TempPactDir dir = new();
    private FileInfo pactFile = null!;

    /// <summary>Writes the pact under test with the consumer half of the binding, as real use would.</summary>
    public async Task InitializeAsync()
    {
        var pact = Pact.V4(Consumer, Provider, dir.Config).WithHttpInteractions();
        TokenInteraction.Define(pact);
        await pact.VerifyAsync(async ctx => (await TokenInteraction.SendAsync(ctx.MockServerUri)).Dispose());
        pactFile = new FileInfo(dir.PactFile(Consumer, Provider));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task A_provider_that_answers_as_the_pact_says_passes_and_gets_its_state_set_up_by_json_post()
    {
        await using var provider = await TestProvider.StartAsync(answerCorrectly: true);
        using var verifier = new PactVerifier(Provider);

        verifier.WithHttpEndpoint(provider.BaseUri)
            .WithFileSource(pactFile)
            .WithProviderStateUrl(provider.StateUri)
            .Verify();

        var setup = provider.StateCalls.ShouldHaveSingleItem();
        setup.GetProperty("state").GetString().ShouldBe(TokenInteraction.State);
        setup.GetProperty("action").GetString().ShouldBe("setup");
        setup.GetProperty("params").GetProperty("username").GetString().ShouldBe("alice");
        setup.GetProperty("params").GetProperty("tenant").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task Teardown_calls_follow_setup_when_asked_for()
    {
        await using var provider = await TestProvider.StartAsync(answerCorrectly: true);
        using var verifier = new PactVerifier(Provider);

        verifier.WithHttpEndpoint(provider.BaseUri)
            .WithFileSource(pactFile)
            .WithProviderStateUrl(provider.StateUri, options => options.WithTeardown())
            .Verify();

        provider.StateCalls.Select(c => c.GetProperty("action").GetString()).ShouldBe(["setup", "teardown"]);
    }

    [Fact]
    public async Task A_provider_that_answers_wrongly_fails_with_the_verifier_report()
    {
        await using var provider = await TestProvider.StartAsync(answerCorrectly: false);
        using var verifier = new PactVerifier(Provider);

        var failure = Should.Throw<PactVerificationException>(() => verifier.WithHttpEndpoint(provider.BaseUri)
            .WithFileSource(pactFile)
            .WithProviderStateUrl(provider.StateUri)
            .Verify());

        failure.ExitCode.ShouldBe(1);
        failure.Output.ShouldContain(TokenInteraction.Description);
        failure.Output.ShouldContain("$.expires_in");
        failure.Output.ShouldContain("$.session_id");
        provider.StateCalls.ShouldNotBeEmpty();
    }
}
