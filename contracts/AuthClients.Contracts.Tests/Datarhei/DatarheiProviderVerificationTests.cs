using AuthClients.Contracts.Tests.Infrastructure;
using AuthClients.Mocks.Datarhei;

namespace AuthClients.Contracts.Tests.Datarhei;

/// <summary>The committed datarhei Core pact replayed against its provider mock (login brake off).</summary>
public sealed class DatarheiProviderVerificationTests
{
    [Fact]
    public async Task The_datarhei_mock_honours_the_committed_pact()
    {
        await using var mock = await DatarheiMock.StartAsync(new DatarheiMockOptions { FailedLoginDelay = TimeSpan.Zero });

        ProviderVerification.Verify(new DatarheiContract(), mock.BaseAddress, mock.ProviderStatesUri);
    }

    [Fact]
    public async Task Its_successes_need_the_values_the_provider_states_return()
    {
        await using var mock = await DatarheiMock.StartAsync(new DatarheiMockOptions { FailedLoginDelay = TimeSpan.Zero });
        var contract = new DatarheiContract();

        // Every success that takes a value from a provider state, listed so a new one is a visible change.
        var injected = ProviderVerification.SucceedingOnlyWithStateValues(contract);
        injected.ShouldBe([
            "a login with an Auth0 access token and no body",
            "a refresh with a valid refresh token",
            "a request for the filesystems with a valid access token",
        ]);
        ProviderVerification.EachFailsWithTheExamples(contract, mock.BaseAddress, mock.ProviderStatesUri, injected);
    }
}
