using AuthClients.Contracts.Tests.Infrastructure;
using AuthClients.Mocks.Fuse;
using AuthClients.PactFfi.Verifier;

namespace AuthClients.Contracts.Tests.Fuse;

/// <summary>The committed Fuse pact replayed against the Fuse provider mock, provider states included.</summary>
public sealed class FuseV5ProviderVerificationTests
{
    [Fact]
    public async Task The_fuse_mock_honours_the_committed_pact()
    {
        await using var mock = await FuseMock.StartAsync();
        using var verifier = new PactVerifier(FuseV5Contract.Provider);

        verifier
            .WithHttpEndpoint(mock.BaseAddress)
            .WithFileSource(new FileInfo(PactFiles.Committed(FuseV5Contract.Consumer, FuseV5Contract.Provider)))
            .WithProviderStateUrl(mock.ProviderStatesUri)
            .Verify();
    }
}
