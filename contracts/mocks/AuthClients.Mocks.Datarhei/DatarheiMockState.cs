using AuthClients.Mocks.Hosting;

namespace AuthClients.Mocks.Datarhei;

/// <summary>What the datarhei Core mock remembers: options, tokens, counters.</summary>
public sealed class DatarheiMockState(DatarheiMockOptions options)
{
    public DatarheiMockOptions Options => options;

    public DatarheiTokens Tokens { get; } = new(options);

    public RequestCounters Counters { get; } = new();

    public void Reset()
    {
        Tokens.Reset();
        Counters.Reset();
    }
}
