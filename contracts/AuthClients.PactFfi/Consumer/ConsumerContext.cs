namespace AuthClients.PactFfi;

/// <summary>The context handed to a consumer test's callback.</summary>
internal sealed record ConsumerContext(Uri MockServerUri) : IConsumerContext;
