using System;
using System.IO;
using System.Text.RegularExpressions;
using AuthClients.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AuthClients.Generator.Parsing;

/// <summary>Which AdditionalFiles are specs, and a word about JSON ones that look like specs but are not marked.</summary>
internal static class SpecFiles
{
    private static readonly Regex OpenApiKey = new("\"(openapi|swagger)\"\\s*:", RegexOptions.CultureInvariant);

    /// <summary>
    /// A spec is an AdditionalFile marked <c>AuthClientsSpec="true"</c>, or any .yaml/.yml one
    /// not marked "false"; JSON files must opt in, so a stray config file is never parsed.
    /// </summary>
    public static bool IsSpec(AdditionalText file, AnalyzerConfigOptionsProvider options) => Marked(file, options) switch
    {
        true => true,
        false => false,
        null => HasExtension(file, ".yaml") || HasExtension(file, ".yml"),
    };

    /// <summary>An unmarked .json file: a candidate for <see cref="UnmarkedJsonNotice"/>.</summary>
    public static bool IsUnmarkedJson(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        Marked(file, options) is null && HasExtension(file, ".json");

    /// <summary>
    /// AC0013 when the JSON file's opening names an OpenAPI or Swagger version: a user who
    /// added their API document and got no client deserves to hear why.
    /// </summary>
    public static DiagnosticInfo? UnmarkedJsonNotice(string path, SourceText? text)
    {
        if (text is null)
        {
            return null;
        }

        var opening = text.ToString(new TextSpan(0, Math.Min(text.Length, 4096)));
        if (!OpenApiKey.IsMatch(opening))
        {
            return null;
        }

        return new YamlLocator(path, text, root: null).At(DiagnosticDescriptors.UnmarkedJsonSpec.Id, 0, 0, Path.GetFileName(path));
    }

    private static bool? Marked(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        options.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles.AuthClientsSpec", out var marked);
        return string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase) ? true
            : string.Equals(marked, "false", StringComparison.OrdinalIgnoreCase) ? false
            : null;
    }

    private static bool HasExtension(AdditionalText file, string extension) =>
        string.Equals(Path.GetExtension(file.Path), extension, StringComparison.OrdinalIgnoreCase);
}
