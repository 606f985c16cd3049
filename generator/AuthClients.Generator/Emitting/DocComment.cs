using System.Collections.Generic;
using System.Text;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// The one way spec text becomes XML doc comment text. Spec authors write Markdown with
/// newlines, angle brackets, ampersands and any Unicode; a <c>///</c> line ends at every
/// character C# treats as a line break, and the compiler parses the rest as XML.
/// </summary>
internal static class DocComment
{
    /// <summary>The text as escaped lines, trimmed, without leading or trailing blank lines.</summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsLineBreak(c))
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                lines.Add(current.ToString().Trim());
                current.Clear();
                continue;
            }

            AppendEscaped(current, text, ref i);
        }

        lines.Add(current.ToString().Trim());
        var first = lines.FindIndex(l => l.Length > 0);
        if (first < 0)
        {
            return [];
        }

        var last = lines.FindLastIndex(l => l.Length > 0);
        return lines.GetRange(first, last - first + 1);
    }

    /// <summary>
    /// The first of <paramref name="candidates"/> that leaves some text once escaped: a blank
    /// description must not leave a public member undocumented (CS1591).
    /// </summary>
    public static string FirstWithText(params string?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate is not null && Lines(candidate).Count > 0)
            {
                return candidate;
            }
        }

        return candidates[candidates.Length - 1] ?? string.Empty;
    }

    /// <summary>Text for one line of a comment: line breaks become spaces.</summary>
    public static string Inline(string text) => string.Join(" ", Lines(text));

    // The characters C# ends a single-line comment at (ECMA-334 §6.3.2).
    private static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static void AppendEscaped(StringBuilder builder, string text, ref int i)
    {
        var c = text[i];
        switch (c)
        {
            case '&':
                builder.Append("&amp;");
                return;
            case '<':
                builder.Append("&lt;");
                return;
            case '>':
                builder.Append("&gt;");
                return;
            case '\t':
                builder.Append(' ');
                return;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            builder.Append(c).Append(text[++i]);
            return;
        }

        // XML 1.0 allows no control characters, lone surrogates or U+FFFE/U+FFFF; the compiler
        // would warn about the whole comment (CS1570). Stand in for them visibly.
        var invalid = c < ' ' || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
        builder.Append(invalid ? '\uFFFD' : c);
    }
}
