namespace AuthClients.PactFfi;

/// <summary>A V4 pact between one consumer and one provider (PactNet's <c>IPactV4</c>).</summary>
public interface IPactV4
{
    /// <summary>The consumer's name.</summary>
    string Consumer { get; }

    /// <summary>The provider's name.</summary>
    string Provider { get; }

    /// <summary>The settings this pact was created with.</summary>
    PactConfig Config { get; }

    /// <summary>A fresh builder for HTTP interactions of this pact (no pending interactions).</summary>
    IPactBuilderV4 WithHttpInteractions();
}
