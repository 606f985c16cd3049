namespace AuthClients.PactFfi.Matchers;

/// <summary>The one implementation of <see cref="IMatcher"/>: a matcher id, its example and any extra attributes.</summary>
internal sealed class Matcher : IMatcher
{
    internal Matcher(string type, object? value, IReadOnlyList<KeyValuePair<string, object>>? attributes = null)
    {
        Type = type;
        Value = value;
        Attributes = attributes ?? [];
    }

    public string Type { get; }

    public object? Value { get; }

    /// <summary>Extra integration-JSON attributes such as <c>regex</c> or <c>min</c>, written in order.</summary>
    internal IReadOnlyList<KeyValuePair<string, object>> Attributes { get; }
}
