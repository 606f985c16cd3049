using System.Globalization;
using System.Text.Json;

namespace AuthClients.Mocks.Hosting.ProviderStates;

/// <summary>
/// The <c>params</c> object of a provider state change. Pact sends whatever JSON values the
/// consumer test gave, so a value asked for as text is accepted as a JSON string, number
/// or boolean.
/// </summary>
public sealed class ProviderStateParameters
{
    private readonly Dictionary<string, JsonElement> _values;

    /// <summary>No parameters (the verifier may leave <c>params</c> out).</summary>
    public static ProviderStateParameters Empty { get; } = new(new Dictionary<string, JsonElement>());

    /// <summary>Wraps the parameters of one state change.</summary>
    public ProviderStateParameters(IReadOnlyDictionary<string, JsonElement> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new Dictionary<string, JsonElement>(values, StringComparer.Ordinal);
    }

    /// <summary>The parameter names that were sent.</summary>
    public IReadOnlyCollection<string> Names => _values.Keys;

    /// <summary>
    /// The parameter as text, or <see langword="null"/> when it is absent, JSON null, or an
    /// object/array (which no state here expects as text).
    /// </summary>
    public string? GetString(string name)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => bool.TrueString.ToLower(CultureInfo.InvariantCulture),
            JsonValueKind.False => bool.FalseString.ToLower(CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    /// <summary>The parameter as text, or <paramref name="fallback"/> when it is absent or empty.</summary>
    public string GetStringOrDefault(string name, string fallback)
    {
        var value = GetString(name);
        return string.IsNullOrEmpty(value) ? fallback : value;
    }
}
