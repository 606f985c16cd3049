using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using AuthClients.Generator.Diagnostics;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;
using Microsoft.CodeAnalysis.Text;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using SharpYaml;
using SharpYaml.Serialization;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// The pipeline's first step: one spec file in, one <see cref="ParseResult"/> out. It never
/// throws: whatever goes wrong becomes a diagnostic at the spec's file and line.
/// </summary>
internal static class SpecParser
{
    public static ParseResult Parse(string filePath, SourceText? text, CancellationToken cancellationToken) =>
        Parse(filePath, text, ItemNames.None, cancellationToken);

    /// <summary>Parses one spec, named by its AdditionalFiles item where the item names it.</summary>
    public static ParseResult Parse(string filePath, SourceText? text, ItemNames item, CancellationToken cancellationToken)
    {
        text ??= SourceText.From(string.Empty);
        var locator = new YamlLocator(filePath, text, root: null);
        try
        {
            return ParseCore(filePath, text, item, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A generator that throws breaks the whole build (AD0001/CS8785); a diagnostic does not.
            var diagnostic = locator.At(DiagnosticDescriptors.InternalError.Id, 0, 0, Path.GetFileName(filePath), ex.GetType().Name + ": " + ex.Message + " " + FirstLine(ex.StackTrace ?? string.Empty));
            return new ParseResult(null, new[] { diagnostic }.ToEquatableArray());
        }
    }

    private static ParseResult ParseCore(string filePath, SourceText text, ItemNames item, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(filePath);
        var content = text.ToString();
        var diagnostics = new List<DiagnosticInfo>();

        YamlDocument? document;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(content));
            document = stream.Documents.FirstOrDefault();
        }
        catch (YamlException ex)
        {
            var locator = new YamlLocator(filePath, text, null);
            diagnostics.Add(locator.At(DiagnosticDescriptors.InvalidSyntax.Id, ex.Start.Index, ex.End.Index, fileName, FirstLine(ex.Message)));
            return Failed(diagnostics);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var rootLocator = new YamlLocator(filePath, text, document?.RootNode);
        if (document?.RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(rootLocator.At(DiagnosticDescriptors.NotOpenApi3.Id, 0, 0, fileName, "the document is not a mapping with an 'openapi' key"));
            return Failed(diagnostics);
        }

        // OpenAPI 3.0, 3.1, 3.2, or Swagger 2.0: the reader turns each into the same model.
        var version = ScalarValue(root, "openapi");
        var swagger = ScalarValue(root, "swagger");
        var readable = version is not null ? IsReadableOpenApi(version)
            : swagger is not null && swagger.StartsWith("2.", StringComparison.Ordinal);
        if (!readable)
        {
            var found = version is not null ? "openapi: " + version
                : swagger is not null ? "swagger: " + swagger
                : "no 'openapi: 3.x' or 'swagger: \"2.0\"' key";
            diagnostics.Add(rootLocator.Diagnostic(DiagnosticDescriptors.NotOpenApi3.Id, version is null ? "#/swagger" : "#/openapi", fileName, found));
            return Failed(diagnostics);
        }

        // The reader parses the text again (into its own JSON tree); ours above keeps the
        // positions every diagnostic needs. YAML is a superset of JSON: one reader reads both.
        var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
        settings.AddYamlReader();
        OpenApiDocument? openApi;
        OpenApiDiagnostic readerDiagnostic;
        try
        {
            var read = OpenApiDocument.Parse(content, OpenApiConstants.Yaml, settings);
            openApi = read.Document;
            readerDiagnostic = read.Diagnostic ?? new OpenApiDiagnostic();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The reader assumes well-formed structure in places (it casts nodes); a spec that
            // breaks that assumption cannot be read at all, which is not an internal error.
            diagnostics.Add(rootLocator.At(DiagnosticDescriptors.InvalidSyntax.Id, 0, 0, fileName, "the OpenAPI reader could not read its structure (" + ex.Message + ")"));
            return Failed(diagnostics);
        }

        foreach (var error in readerDiagnostic.Errors)
        {
            var isReference = error.Message.IndexOf("reference", StringComparison.OrdinalIgnoreCase) >= 0;
            diagnostics.Add(isReference
                ? rootLocator.ReferenceDiagnostic(DiagnosticDescriptors.UnresolvedReference.Id, error.Pointer, error.Message, error.Message)
                : rootLocator.Diagnostic(DiagnosticDescriptors.InvalidOpenApi.Id, ReaderPointer(error), fileName, error.Message));
        }

        if (openApi is null)
        {
            return Failed(diagnostics);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var (clientName, ns) = Names(openApi, item, fileName, rootLocator, diagnostics);
        NoClientFor(openApi.Webhooks?.Keys, "#/webhooks", "webhooks", "requests the API sends, not operations a client calls, so no method is generated for them", fileName, rootLocator, diagnostics);
        NoClientFor(openApi.Components?.PathItems?.Keys, "#/components/pathItems", "reusable path items", "a method is generated only where a path refers to one with $ref", fileName, rootLocator, diagnostics);
        var schemas = new SchemaMapper(openApi, "global::" + ns, SpecModel.ClientTypeNames(clientName), rootLocator, diagnostics);
        var operations = new OperationMapper(schemas, rootLocator, diagnostics).MapAll(openApi, cancellationToken);
        var auth = new AuthDescriptionParser(openApi, clientName, operations, schemas, rootLocator, diagnostics).Parse();

        var model = new SpecModel(
            HintName: clientName,
            Namespace: ns,
            ClientName: clientName,
            Title: openApi.Info?.Title ?? clientName,
            Description: openApi.Info?.Description,
            DefaultServerUrl: DefaultServerUrl(openApi),
            Operations: operations.ToEquatableArray(),
            Dtos: ErrorDtoVisibility.Apply(schemas.Dtos.ToList(), operations, auth, ns).ToEquatableArray(),
            Auth: auth);

        // A readable document always gives a client: what cannot be typed or sent was reported
        // above as a located warning and degraded or skipped, never the whole client.
        var withoutCore = auth is null ? null : rootLocator.Diagnostic(DiagnosticDescriptors.AuthNeedsCore.Id, "#/info/x-authclients/auth", fileName);
        return new ParseResult(model, Distinct(diagnostics).ToEquatableArray(), withoutCore);
    }

    /// <summary>
    /// The client's name and namespace: set on the AdditionalFiles item, else declared in
    /// info.x-authclients, else derived from the file name, so two specs in one project never
    /// share a namespace.
    /// </summary>
    private static (string ClientName, string Namespace) Names(OpenApiDocument openApi, ItemNames item, string fileName, YamlLocator locator, List<DiagnosticInfo> diagnostics)
    {
        var derived = Identifiers.ToPascalCase(Path.GetFileNameWithoutExtension(fileName));
        var declared = item.ClientName ?? Extension(openApi.Info, "client");
        var declaredNamespace = item.Namespace ?? Extension(openApi.Info, "namespace");
        var ns = declaredNamespace is not null && IsNamespace(declaredNamespace) ? declaredNamespace : "AuthClients.Generated." + derived;
        if (declaredNamespace is not null && ns != declaredNamespace)
        {
            diagnostics.Add(locator.Diagnostic(DiagnosticDescriptors.NameMapped.Id, item.Namespace is null ? "#/info/x-authclients/namespace" : "#/info", declaredNamespace, ns));
        }

        if (declared is not null && Identifiers.IsValidIdentifier(declared))
        {
            return (declared, ns);
        }

        diagnostics.Add(declared is null
            ? locator.Diagnostic(DiagnosticDescriptors.MissingClientName.Id, "#/info", fileName, derived, ns)
            : locator.Diagnostic(DiagnosticDescriptors.NameMapped.Id, item.ClientName is null ? "#/info/x-authclients/client" : "#/info", declared, derived));
        return (derived, ns);
    }

    /// <summary>
    /// AC0015 for webhooks and components/pathItems (3.1): requests the API makes, or path
    /// templates only used through a $ref from paths, which is generated where it is used.
    /// </summary>
    private static void NoClientFor(ICollection<string>? names, string pointer, string what, string consequence, string fileName, YamlLocator locator, List<DiagnosticInfo> diagnostics)
    {
        if (names is { Count: > 0 })
        {
            diagnostics.Add(locator.Diagnostic(DiagnosticDescriptors.NoClientFor.Id, pointer, fileName, what, string.Join(", ", names.OrderBy(n => n, StringComparer.Ordinal)), consequence));
        }
    }

    /// <summary>The OpenAPI versions the reader knows: 3.0, 3.1 and 3.2 (any patch).</summary>
    private static bool IsReadableOpenApi(string version) =>
        version.StartsWith("3.0", StringComparison.Ordinal) || version.StartsWith("3.1", StringComparison.Ordinal)
        || version.StartsWith("3.2", StringComparison.Ordinal);

    private static bool IsNamespace(string name) => name.Split('.').All(Identifiers.IsValidIdentifier);

    private static string? Extension(OpenApiInfo? info, string key)
    {
        if (info?.Extensions is null || !info.Extensions.TryGetValue("x-authclients", out var value)
            || value is not JsonNodeExtension { Node: System.Text.Json.Nodes.JsonObject settings })
        {
            return null;
        }

        return settings.TryGetPropertyValue(key, out var entry) && JsonValues.AsString(entry) is { Length: > 0 } text ? text : null;
    }

    /// <summary>
    /// Where a reader error is. Unknown keywords come without a pointer, as
    /// "min_items is not a valid property at #/components/schemas/Thing": the keyword under
    /// that object is the place.
    /// </summary>
    private static string? ReaderPointer(OpenApiError error)
    {
        if (!string.IsNullOrEmpty(error.Pointer) && error.Pointer != "#/")
        {
            return error.Pointer;
        }

        const string Marker = " is not a valid property at ";
        var at = error.Message.IndexOf(Marker, StringComparison.Ordinal);
        if (at <= 0)
        {
            return error.Pointer;
        }

        var keyword = error.Message.Substring(0, at);
        var pointer = error.Message.Substring(at + Marker.Length).Trim();
        return JsonPointer.Append(pointer, keyword);
    }

    private static string? DefaultServerUrl(OpenApiDocument openApi)
    {
        var server = openApi.Servers?.FirstOrDefault();
        if (server?.Url is null)
        {
            return null;
        }

        var url = server.Url;
        foreach (var variable in server.Variables ?? new Dictionary<string, OpenApiServerVariable>())
        {
            url = url.Replace("{" + variable.Key + "}", variable.Value.Default);
        }

        return url;
    }

    private static string? ScalarValue(YamlMappingNode mapping, string key)
    {
        foreach (var entry in mapping.Children)
        {
            if (entry.Key is YamlScalarNode k && k.Value == key)
            {
                return (entry.Value as YamlScalarNode)?.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The reader and the schema mapper can both report one unresolved $ref on the same line;
    /// the user needs to hear it once.
    /// </summary>
    private static IEnumerable<DiagnosticInfo> Distinct(List<DiagnosticInfo> diagnostics)
    {
        var seen = new HashSet<(string, int)>();
        return diagnostics.Where(d => d.Id != DiagnosticDescriptors.UnresolvedReference.Id || seen.Add((d.Id, d.LineSpan.Start.Line)));
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n');
        return (newline < 0 ? message : message.Substring(0, newline)).Trim();
    }

    private static ParseResult Failed(List<DiagnosticInfo> diagnostics) => new(null, diagnostics.ToEquatableArray());
}
