using AuthClients.Contracts.Tests.Infrastructure;
using AuthClients.Mocks.Fuse;

namespace AuthClients.Contracts.Tests.Fuse;

/// <summary>The committed Fuse pact replayed against the Fuse provider mock, provider states included.</summary>
public sealed class FuseProviderVerificationTests
{
    [Fact]
    public async Task The_fuse_mock_honours_the_committed_pact()
    {
        await using var mock = await FuseMock.StartAsync();

        ProviderVerification.Verify(new FuseContract(), mock.BaseAddress, mock.ProviderStatesUri);
    }

    [Fact]
    public async Task Its_successes_need_the_values_the_provider_states_return()
    {
        await using var mock = await FuseMock.StartAsync();
        var contract = new FuseContract();

        // Every success that takes a value from a provider state, listed so a new one is a visible change.
        var injected = ProviderVerification.SucceedingOnlyWithStateValues(contract);
        injected.ShouldBe([
            "a request for the current user with a valid token",
        ]);
        ProviderVerification.EachFailsWithTheExamples(contract, mock.BaseAddress, mock.ProviderStatesUri, injected);
    }
}
