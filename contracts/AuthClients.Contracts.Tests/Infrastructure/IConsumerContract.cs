using AuthClients.PactFfi;

namespace AuthClients.Contracts.Tests.Infrastructure;

/// <summary>
/// One consumer–provider pair: its interactions, each declared on a pact builder and returning
/// how the generated client exercises it against the Pact mock server.
/// </summary>
public interface IConsumerContract
{
    string Consumer { get; }

    string Provider { get; }

    IReadOnlyDictionary<string, Func<IPactBuilderV4, Func<Uri, Task>>> Interactions { get; }
}
