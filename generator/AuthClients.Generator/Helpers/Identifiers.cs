using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace AuthClients.Generator.Helpers;

/// <summary>Turns wire names (snake_case, kebab-case, camelCase) into C# identifiers.</summary>
internal static class Identifiers
{
    public static string ToPascalCase(string wireName)
    {
        var builder = new StringBuilder(wireName.Length);
        var upperNext = true;
        foreach (var c in wireName)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        var result = builder.ToString();
        if (result.Length == 0)
        {
            return "Value";
        }

        return char.IsDigit(result[0]) ? "_" + result : result;
    }

    public static string ToCamelCase(string wireName)
    {
        var pascal = ToPascalCase(wireName);
        if (pascal[0] == '_')
        {
            return pascal;
        }

        var camel = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return SyntaxFacts.GetKeywordKind(camel) != SyntaxKind.None ? "@" + camel : camel;
    }

    /// <summary>True when <paramref name="name"/> is already usable as written.</summary>
    public static bool IsValidIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    public static string Literal(string value) =>
        SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
