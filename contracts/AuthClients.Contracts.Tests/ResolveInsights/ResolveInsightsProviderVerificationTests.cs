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
}
