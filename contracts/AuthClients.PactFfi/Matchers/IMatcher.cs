namespace AuthClients.PactFfi.Matchers;

/// <summary>
/// A Pact matching rule with its example value. Serialises to the engine's integration JSON
/// (<c>{"pact:matcher:type": ..., "value": ...}</c>) wherever it appears in a body, header or query value.
/// </summary>
public interface IMatcher
{
    /// <summary>The engine's matcher id: <c>type</c>, <c>regex</c>, <c>integer</c>, <c>decimal</c>, <c>equality</c>.</summary>
    string Type { get; }

    /// <summary>The example value the mock server uses and the pact file records.</summary>
    object? Value { get; }
}
