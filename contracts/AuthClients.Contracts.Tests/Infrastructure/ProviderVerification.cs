using AuthClients.PactFfi.Verifier;

namespace AuthClients.Contracts.Tests.Infrastructure;

/// <summary>Replays a committed pact against a running provider mock, provider states included.</summary>
internal static class ProviderVerification
{
    public static void Verify(IConsumerContract contract, Uri provider, Uri providerStates)
    {
        using var verifier = new PactVerifier(contract.Provider);
        verifier
            .WithHttpEndpoint(provider)
            .WithFileSource(new FileInfo(PactFiles.Committed(contract.Consumer, contract.Provider)))
            .WithProviderStateUrl(providerStates)
            .Verify();
    }
}
