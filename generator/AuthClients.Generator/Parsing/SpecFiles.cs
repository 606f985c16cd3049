using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using AuthClients.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AuthClients.Generator.Parsing;

/// <summary>What an AdditionalFile is to the generator.</summary>
internal enum SpecFileKind
{
    /// <summary>Not a spec: marked "false", or a file whose content is no OpenAPI document.</summary>
    None,

    /// <summary>Marked <c>AuthClientsSpec="true"</c>, or a .yaml/.yml file not marked "false".</summary>
    Spec,

    /// <summary>Unmarked, another extension (.json...), and its root has an <c>openapi</c> or <c>swagger</c> key.</summary>
    Recognised,

    /// <summary>Unmarked .json that names an <c>openapi</c>/<c>swagger</c> key near its start, but not at its root.</summary>
    LooksLikeSpec,
}

/// <summary>
/// Which AdditionalFiles are specs: a marked file, a .yaml/.yml one, or any other whose root
/// has an <c>openapi</c> or <c>swagger</c> key, so a user who adds "swagger.json" gets a client
/// rather than CS0234; a file that only looks like one gets a warning they see by default.
/// </summary>
internal static class SpecFiles
{
    private static readonly Regex OpenApiKey = new("[\"']?(openapi|swagger)[\"']?\\s*:", RegexOptions.CultureInvariant);

    public static SpecFileKind Classify(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        switch (Marked(file, options))
        {
            case true:
                return SpecFileKind.Spec;
            case false:
                return SpecFileKind.None;
        }

        if (HasExtension(file, ".yaml") || HasExtension(file, ".yml"))
        {
            return SpecFileKind.Spec;
        }

        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return SpecFileKind.None;
        }

        if (DocumentRoot.HasOpenApiKey(text))
        {
            return SpecFileKind.Recognised;
        }

        // Only a .json file is warned about: a Markdown or text file quoting a spec is not one.
        var opening = text.ToString(new TextSpan(0, Math.Min(text.Length, 4096)));
        return HasExtension(file, ".json") && OpenApiKey.IsMatch(opening) ? SpecFileKind.LooksLikeSpec : SpecFileKind.None;
    }

    /// <summary>
    /// AC0013 (Info) for a file generated because of its root key, AC0017 (Warning) for one that
    /// only looks like an OpenAPI document: either way the user hears what happened to it.
    /// </summary>
    public static DiagnosticInfo? Notice(string path, SourceText? text, SpecFileKind kind)
    {
        var locator = new YamlLocator(path, text ?? SourceText.From(string.Empty), root: null);
        return kind switch
        {
            SpecFileKind.Recognised => locator.At(DiagnosticDescriptors.UnmarkedJsonSpec.Id, 0, 0, Path.GetFileName(path)),
            SpecFileKind.LooksLikeSpec => locator.At(DiagnosticDescriptors.UnrecognisedSpec.Id, 0, 0, Path.GetFileName(path)),
            _ => null,
        };
    }

    /// <summary>The client name and namespace the AdditionalFiles item sets, if any.</summary>
    public static Model.ItemNames Names(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        var item = options.GetOptions(file);
        return new Model.ItemNames(Metadata(item, "AuthClientsClientName"), Metadata(item, "AuthClientsNamespace"));
    }

    private static string? Metadata(AnalyzerConfigOptions item, string name) =>
        item.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

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
