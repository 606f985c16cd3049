namespace AuthClients.PactFfi;

/// <summary>What the consumer test needs to reach the mock server.</summary>
public interface IConsumerContext
{
    /// <summary>The mock server's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    Uri MockServerUri { get; }
}
