using AuthClients.Contracts.Tests.Infrastructure;
using AuthClients.PactFfi;

namespace AuthClients.Contracts.Tests.Fuse;

public sealed class FuseV5ConsumerPactTests
{
    public static TheoryData<string> InteractionNames => [.. FuseV5Contract.Interactions.Keys];

    [Theory]
    [MemberData(nameof(InteractionNames))]
    public async Task The_generated_client_meets_the_interaction(string interaction)
    {
        var pact = Pact.V4(FuseV5Contract.Consumer, FuseV5Contract.Provider, PactFiles.FreshConfig()).WithHttpInteractions();
        var exercise = FuseV5Contract.Interactions[interaction](pact);

        await pact.VerifyAsync(ctx => exercise(ctx.MockServerUri));
    }

    [Fact]
    public async Task The_regenerated_pact_equals_the_committed_pact()
    {
        var config = PactFiles.FreshConfig();
        foreach (var define in FuseV5Contract.Interactions.Values)
        {
            var pact = Pact.V4(FuseV5Contract.Consumer, FuseV5Contract.Provider, config).WithHttpInteractions();
            var exercise = define(pact);
            await pact.VerifyAsync(ctx => exercise(ctx.MockServerUri));
        }

        PactFiles.ShouldMatchCommitted(
            Path.Combine(config.PactDir, PactFiles.FileName(FuseV5Contract.Consumer, FuseV5Contract.Provider)),
            FuseV5Contract.Consumer,
            FuseV5Contract.Provider);
    }
}
