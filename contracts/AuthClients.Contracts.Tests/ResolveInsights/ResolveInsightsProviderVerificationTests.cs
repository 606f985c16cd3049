using AuthClients.Contracts.Tests.Infrastructure;
using AuthClients.Mocks.ResolveInsights;

namespace AuthClients.Contracts.Tests.ResolveInsights;

/// <summary>The committed Resolve Insights pact replayed against its provider mock.</summary>
public sealed class ResolveInsightsProviderVerificationTests
{
    [Fact]
    public async Task The_resolve_insights_mock_honours_the_committed_pact()
    {
        await using var mock = await ResolveInsightsMock.StartAsync();

        ProviderVerification.Verify(new ResolveInsightsContract(), mock.BaseAddress, mock.ProviderStatesUri);
    }

    [Fact]
    public async Task Its_successes_need_the_values_the_provider_states_return()
    {
        await using var mock = await ResolveInsightsMock.StartAsync();
        var contract = new ResolveInsightsContract();

        // Every success that takes a value from a provider state, listed so a new one is a visible change.
        var injected = ProviderVerification.SucceedingOnlyWithStateValues(contract);
        injected.ShouldBe([
            "a refresh grant with a valid refresh token",
            "a request for the logged-in user's detail",
        ]);
        ProviderVerification.EachFailsWithTheExamples(contract, mock.BaseAddress, mock.ProviderStatesUri, injected);
    }
}
