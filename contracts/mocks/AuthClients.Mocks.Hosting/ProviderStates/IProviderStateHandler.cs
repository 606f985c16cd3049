namespace AuthClients.Mocks.Hosting.ProviderStates;

/// <summary>
/// The provider states one vendor mock can set up for the Pact verifier.
/// </summary>
public interface IProviderStateHandler
{
    /// <summary>
    /// The known states, by the exact name the consumer tests give in <c>Given(...)</c>, each with
    /// the action that sets it up from the state's parameters and returns the values the pact takes
    /// from the provider state (tokens, ids the provider made; <see cref="ProviderStateValues.None"/> if none).
    /// </summary>
    IReadOnlyDictionary<string, Func<ProviderStateParameters, IReadOnlyDictionary<string, string>>> Setups { get; }

    /// <summary>Puts the mock back in its starting state (the answer to a teardown).</summary>
    void Reset();
}
