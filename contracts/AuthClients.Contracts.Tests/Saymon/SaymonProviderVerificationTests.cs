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
}
