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
}
