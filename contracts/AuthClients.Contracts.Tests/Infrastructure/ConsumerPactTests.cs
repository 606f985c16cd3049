using AuthClients.PactFfi;

namespace AuthClients.Contracts.Tests.Infrastructure;

/// <summary>
/// The consumer tests every contract gets: each interaction met by the generated client on its
/// own (readable failures), and all of them together regenerating the pact file, which must
/// equal the committed one.
/// </summary>
public abstract class ConsumerPactTests<TContract>
    where TContract : IConsumerContract, new()
{
    private static readonly TContract Contract = new();

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "xUnit reads theory data from a static member of the test class.")]
    public static TheoryData<string> InteractionNames => [.. Contract.Interactions.Keys];

    [Theory]
    [MemberData(nameof(InteractionNames))]
    public async Task The_generated_client_meets_the_interaction(string interaction)
    {
        var pact = Pact.V4(Contract.Consumer, Contract.Provider, PactFiles.FreshConfig()).WithHttpInteractions();
        var exercise = Contract.Interactions[interaction](pact);

        await pact.VerifyAsync(ctx => exercise(ctx.MockServerUri));
    }

    [Fact]
    public async Task The_regenerated_pact_equals_the_committed_pact()
    {
        var config = PactFiles.FreshConfig();
        foreach (var define in Contract.Interactions.Values)
        {
            var pact = Pact.V4(Contract.Consumer, Contract.Provider, config).WithHttpInteractions();
            var exercise = define(pact);
            await pact.VerifyAsync(ctx => exercise(ctx.MockServerUri));
        }

        PactFiles.ShouldMatchCommitted(
            Path.Combine(config.PactDir, PactFiles.FileName(Contract.Consumer, Contract.Provider)),
            Contract.Consumer,
            Contract.Provider);
    }
}
