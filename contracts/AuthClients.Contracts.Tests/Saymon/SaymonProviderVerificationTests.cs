using AuthClients.Contracts.Tests.Infrastructure;
using AuthClients.Mocks.Saymon;

namespace AuthClients.Contracts.Tests.Saymon;

/// <summary>The committed SAYMON pact replayed against the SAYMON provider mock.</summary>
public sealed class SaymonProviderVerificationTests
{
    [Fact]
    public async Task The_saymon_mock_honours_the_committed_pact()
    {
        await using var mock = await SaymonMock.StartAsync();

        ProviderVerification.Verify(new SaymonContract(), mock.BaseAddress, mock.ProviderStatesUri);
    }

    [Fact]
    public async Task Its_successes_need_the_values_the_provider_states_return()
    {
        await using var mock = await SaymonMock.StartAsync();
        var contract = new SaymonContract();

        // Every success that takes a value from a provider state, listed so a new one is a visible change.
        var injected = ProviderVerification.SucceedingOnlyWithStateValues(contract);
        injected.ShouldBe([
            "a request for the current user with a valid API token",
            "a token request by an admin with manage-users",
        ]);
        ProviderVerification.EachFailsWithTheExamples(contract, mock.BaseAddress, mock.ProviderStatesUri, injected);
    }
}
