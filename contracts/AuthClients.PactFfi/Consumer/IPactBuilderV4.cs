namespace AuthClients.PactFfi;

/// <summary>Adds HTTP interactions and verifies the consumer against them (PactNet's <c>IPactBuilderV4</c>).</summary>
public interface IPactBuilderV4 : IPactV4
{
    /// <summary>Starts a new interaction with the given description.</summary>
    /// <param name="description">Unique within the pact, together with its provider states.</param>
    IRequestBuilderV4 UponReceiving(string description);

    /// <summary>
    /// Starts a mock server (127.0.0.1, any free port) for the interactions added since the last verify,
    /// runs <paramref name="interact"/>, then checks every interaction was met exactly.
    /// On success the pact file in <see cref="PactConfig.PactDir"/> is merged with these interactions.
    /// </summary>
    /// <exception cref="PactFailureException">The mock server reported mismatches.</exception>
    /// <exception cref="PactFfiException">The engine refused a call.</exception>
    Task VerifyAsync(Func<IConsumerContext, Task> interact);

    /// <summary>The synchronous form of <see cref="VerifyAsync"/>.</summary>
    void Verify(Action<IConsumerContext> interact);
}
