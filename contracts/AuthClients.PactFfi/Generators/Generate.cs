using System.Text.RegularExpressions;
using AuthClients.PactFfi.Matchers;

namespace AuthClients.PactFfi.Generators;

/// <summary>
/// Values the provider makes at verification time, named as PactNet's <c>Generate</c> names them.
/// The consumer test sends and expects the example; the verifier replaces it with what the provider's
/// state change answered (Pact's provider-state-injected values), so a token, or an id only the provider
/// can assign, need not be fixed in the pact.
/// </summary>
public static partial class Generate
{
    /// <summary>
    /// A value looked up in the provider state: <paramref name="expression"/> names the state-change
    /// response's JSON keys as <c>${key}</c>, with text around them if needed (<c>"Bearer ${accessToken}"</c>).
    /// Matched by type, like PactNet's.
    /// </summary>
    /// <param name="example">What the consumer test sends or expects.</param>
    /// <param name="expression">The expression the verifier fills in from the state-change response.</param>
    public static IMatcher ProviderState(string example, string expression)
    {
        ArgumentNullException.ThrowIfNull(example);
        return new Matcher("type", example, Attributes(expression));
    }

    /// <summary>
    /// As <see cref="ProviderState(string, string)"/>, and the consumer's value must match <paramref name="regex"/>
    /// (not in PactNet: a header like <c>Bearer &lt;JWT&gt;</c> is more than "any string").
    /// </summary>
    public static IMatcher ProviderState(string example, string expression, string regex)
    {
        // Same early check as Match.Regex: the engine would only notice when the mock server answers.
        var matcher = (Matcher)Matchers.Match.Regex(example, regex);
        return new Matcher(matcher.Type, example, [.. matcher.Attributes, .. Attributes(expression)]);
    }

    private static KeyValuePair<string, object>[] Attributes(string expression)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(expression);
        // Without a ${...} the verifier has nothing to fill in and would send the example: a fixed value in disguise.
        if (!Placeholder().IsMatch(expression))
        {
            throw new ArgumentException($"The expression '{expression}' names no provider-state value: write it as ${{name}}, e.g. \"Bearer ${{accessToken}}\".", nameof(expression));
        }

        return [new("pact:generator:type", "ProviderState"), new("expression", expression)];
    }

    [GeneratedRegex(@"\$\{[A-Za-z_][A-Za-z0-9_.]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
