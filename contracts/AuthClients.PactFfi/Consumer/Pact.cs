namespace AuthClients.PactFfi;

/// <summary>Entry point for consumer pacts, as in PactNet: <c>Pact.V4(consumer, provider, config)</c>.</summary>
/// <remarks>
/// Mirrors PactNet's <c>Pact</c> entry point; swapping to PactNet changes the using directives only.
/// </remarks>
public static class Pact
{
    /// <summary>Starts a V4 pact between <paramref name="consumer"/> and <paramref name="provider"/>.</summary>
    /// <param name="consumer">The consumer's name, as written into the pact file and its file name.</param>
    /// <param name="provider">The provider's name, as the verifier will look it up.</param>
    /// <param name="config">Where to write pacts and how to serialise bodies.</param>
    /// <returns>A builder; <see cref="IPactV4.WithHttpInteractions"/> may be called on it for PactNet's shape.</returns>
    public static IPactBuilderV4 V4(string consumer, string provider, PactConfig config)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentNullException.ThrowIfNull(config);
        return new PactBuilder(consumer, provider, config);
    }
}
