using AuthClients.Contracts.Tests.Infrastructure;
using AuthClients.Mocks.FuseV4;

namespace AuthClients.Contracts.Tests.Fuse;

/// <summary>The committed Fuse v4 pact replayed against the Fuse v4 provider mock.</summary>
public sealed class FuseV4ProviderVerificationTests
{
    [Fact]
    public async Task The_fuse_v4_mock_honours_the_committed_pact()
    {
        await using var mock = await FuseV4Mock.StartAsync();

        ProviderVerification.Verify(new FuseV4Contract(), mock.BaseAddress, mock.ProviderStatesUri);
    }

    [Fact]
    public async Task Its_successes_need_the_values_the_provider_states_return()
    {
        await using var mock = await FuseV4Mock.StartAsync();
        var contract = new FuseV4Contract();

        // Every success that takes a value from a provider state, listed so a new one is a visible change.
        var injected = ProviderVerification.SucceedingOnlyWithStateValues(contract);
        injected.ShouldBe([
            "a v4.4 request for the current user with a valid auth_token",
        ]);
        ProviderVerification.EachFailsWithTheExamples(contract, mock.BaseAddress, mock.ProviderStatesUri, injected);
    }

    [Fact]
    public void The_pact_names_the_states_the_mock_knows()
    {
        FuseContract.UserExists.ShouldBe(FuseV4ProviderStates.UserExists);
        FuseV4Contract.V4TokenExists.ShouldBe(FuseV4ProviderStates.TokenIsValid);
        FuseV4Contract.V4TokenExpired.ShouldBe(FuseV4ProviderStates.TokenHasExpired);
    }
}
