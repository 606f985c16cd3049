namespace AuthClients.PactFfi.Verifier;

/// <summary>How the verifier calls the provider-state URL. Defaults: setup only, state as a JSON body.</summary>
public sealed class ProviderStateOptions
{
    internal bool Teardown { get; private set; }

    internal bool InBody { get; private set; } = true;

    /// <summary>Also POST <c>"action": "teardown"</c> after each interaction.</summary>
    public ProviderStateOptions WithTeardown()
    {
        Teardown = true;
        return this;
    }

    /// <summary>Send the state as query parameters instead of the JSON body every Pact verifier sends by default.</summary>
    public ProviderStateOptions TransmitInQuery()
    {
        InBody = false;
        return this;
    }
}
