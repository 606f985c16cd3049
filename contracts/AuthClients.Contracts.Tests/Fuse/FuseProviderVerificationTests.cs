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
}
