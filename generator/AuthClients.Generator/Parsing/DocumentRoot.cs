using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// Does a text's root mapping have an <c>openapi</c> or <c>swagger</c> key? Read without
/// parsing the document: a JSON object's keys at depth one, or a YAML mapping's keys at column
/// zero. Cheap enough to ask of every AdditionalFile that is not marked.
/// </summary>
internal static class DocumentRoot
{
    public static bool HasOpenApiKey(SourceText text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start < text.Length && text[start] == '{' ? JsonRootHasKey(text, start) : YamlRootHasKey(text);
    }

    private static bool IsOpenApiKey(string key) => key is "openapi" or "swagger";

    /// <summary>Walks the JSON text once, tracking depth and strings; a key is a string at depth one followed by ':'.</summary>
    private static bool JsonRootHasKey(SourceText text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '{':
                case '[':
                    depth++;
                    break;
                case '}':
                case ']':
                    depth--;
                    if (depth <= 0)
                    {
                        return false;
                    }

                    break;
                case '"':
                    var end = StringEnd(text, i);
                    if (end < 0)
                    {
                        return false;
                    }

                    if (depth == 1 && NextIsColon(text, end + 1) && IsOpenApiKey(text.ToString(TextSpan.FromBounds(i + 1, end))))
                    {
                        return true;
                    }

                    i = end;
                    break;
            }
        }

        return false;
    }

    /// <summary>The index of the quote closing the string opened at <paramref name="open"/>, or -1.</summary>
    private static int StringEnd(SourceText text, int open)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool NextIsColon(SourceText text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i] == ':';
            }
        }

        return false;
    }

    // A root mapping key: bare (no spaces, as every OpenAPI root key is) or quoted, then a colon.
    private static readonly Regex RootKey = new("^(\"[^\"]*\"|'[^']*'|[^\\s:#\"'\\-][^\\s:]*)\\s*:(\\s|$)", RegexOptions.CultureInvariant);

    /// <summary>
    /// A YAML document whose root is a mapping with the key: every line at column zero is a
    /// comment, a document marker or a <c>key:</c>, and one key is openapi or swagger. Prose
    /// (a Markdown file quoting a spec, say) has a column-zero line that is none of these.
    /// </summary>
    private static bool YamlRootHasKey(SourceText text)
    {
        var found = false;
        foreach (var line in text.Lines)
        {
            if (line.Span.Length == 0 || char.IsWhiteSpace(text[line.Start]) || text[line.Start] == '#')
            {
                continue;
            }

            var content = text.ToString(line.Span);
            if (content.StartsWith("---", System.StringComparison.Ordinal) || content.StartsWith("...", System.StringComparison.Ordinal))
            {
                continue;
            }

            var key = RootKey.Match(content);
            if (!key.Success)
            {
                return false;
            }

            found |= IsOpenApiKey(key.Groups[1].Value.Trim('"', '\''));
        }

        return found;
    }
}
