using System.Diagnostics.CodeAnalysis;

namespace AuthClients.PactFfi.Matchers;

/// <summary>
/// Matchers in the engine's integration JSON format, named as PactNet's <c>Match</c> names them.
/// Use them inside JSON bodies and as header or query values.
/// </summary>
public static class Match
{
    /// <summary>Any value of the same JSON type as <paramref name="example"/> (a token is "any string").</summary>
    public static IMatcher Type(object example) => new Matcher("type", example);

    /// <summary>A string matching <paramref name="regex"/>; <paramref name="example"/> must match it too.</summary>
    public static IMatcher Regex(string example, string regex)
    {
        // Catch a wrong example here: the engine would only notice when the mock server answers.
        if (!System.Text.RegularExpressions.Regex.IsMatch(example, regex, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            throw new ArgumentException($"The example '{example}' does not match the regex '{regex}'.", nameof(example));
        }

        return new Matcher("regex", example, [new("regex", regex)]);
    }

    /// <summary>Any integer.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "PactNet's name, kept so a swap is mechanical.")]
    public static IMatcher Integer(long example) => new Matcher("integer", example);

    /// <summary>Any number with a fractional part.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "PactNet's name, kept so a swap is mechanical.")]
    public static IMatcher Decimal(double example) => new Matcher("decimal", example);

    /// <summary>
    /// An array of at least <paramref name="min"/> elements, each of the same type as <paramref name="example"/>.
    /// The example array holds <paramref name="min"/> copies, so the mock's own answer meets the minimum.
    /// </summary>
    public static IMatcher MinType(object example, int min)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        var items = Enumerable.Repeat(example, Math.Max(min, 1)).ToArray();
        return new Matcher("type", items, [new("min", min)]);
    }

    /// <summary>Exactly <paramref name="example"/>: resets a looser matcher from an outer level.</summary>
    public static IMatcher Equality(object example) => new Matcher("equality", example);
}
