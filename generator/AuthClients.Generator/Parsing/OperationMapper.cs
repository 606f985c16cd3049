using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AuthClients.Generator.Diagnostics;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;
using Microsoft.OpenApi;
using static AuthClients.Generator.Parsing.Schemas;
using ParameterLocation = AuthClients.Generator.Model.ParameterLocation;

namespace AuthClients.Generator.Parsing;

/// <summary>Maps each path operation to an <see cref="OperationModel"/> (one interface method).</summary>
internal sealed class OperationMapper
{
    // The HTTP methods a Refit interface method can be declared with.
    private static readonly HashSet<string> RefitMethods = new(System.StringComparer.Ordinal) { "get", "put", "post", "delete", "patch", "head", "options" };

    private readonly SchemaMapper _schemas;
    private readonly ContentMapper _content;
    private readonly YamlLocator _locator;
    private readonly List<DiagnosticInfo> _diagnostics;

    public OperationMapper(SchemaMapper schemas, YamlLocator locator, List<DiagnosticInfo> diagnostics)
    {
        _schemas = schemas;
        _content = new ContentMapper(schemas, locator, diagnostics);
        _locator = locator;
        _diagnostics = diagnostics;
    }

    public List<OperationModel> MapAll(OpenApiDocument document, CancellationToken cancellationToken)
    {
        var operations = new List<OperationModel>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var path in document.Paths ?? [])
        {
            foreach (var entry in path.Value?.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
            {
                if (entry.Value is null)
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var method = entry.Key.Method.ToLowerInvariant();
                var pointer = JsonPointer.Append(JsonPointer.Append("#/paths", path.Key), method);
                var operation = entry.Value;
                if (!RefitMethods.Contains(method))
                {
                    // 3.2's QUERY and additionalOperations, or TRACE: no Refit attribute declares them.
                    _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.UnsupportedMethod.Id, pointer, Display(operation, method, path.Key), entry.Key.Method.ToUpperInvariant()));
                    continue;
                }

                var baseName = MethodBaseName(path.Key, method, operation, pointer, seen);
                var mapped = Map(path.Key, path.Value!, method, operation, pointer, baseName);
                if (mapped is not null)
                {
                    operations.Add(mapped);
                }
            }
        }

        return operations;
    }

    /// <summary>
    /// The method's name without "Async": the operationId, or one made of the HTTP method and
    /// path when there is none (as NSwag does), made unique among the methods already named.
    /// </summary>
    private string MethodBaseName(string path, string method, OpenApiOperation operation, string pointer, HashSet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(operation.OperationId))
        {
            var derived = Unique(MethodNames.FromRoute(method, path), seen);
            _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.MissingOperationId.Id, pointer, method.ToUpperInvariant(), path, derived + "Async"));
            return derived;
        }

        var operationId = operation.OperationId!;
        var name = Identifiers.ToPascalCase(operationId);
        var unique = Unique(name, seen);
        var idPointer = JsonPointer.Append(pointer, "operationId");
        if (unique != name)
        {
            _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.DuplicateOperationId.Id, idPointer, operationId, unique + "Async"));
        }
        else if (!Identifiers.IsValidIdentifier(operationId) && SchemaMapper.NeedsWarning(operationId))
        {
            _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.NameMapped.Id, idPointer, operationId, unique + "Async"));
        }

        return unique;
    }

    /// <summary>How messages name an operation: its operationId, or its method and path.</summary>
    private static string Display(OpenApiOperation operation, string method, string path) =>
        string.IsNullOrWhiteSpace(operation.OperationId) ? method.ToUpperInvariant() + " " + path : operation.OperationId!;

    private static string Unique(string name, HashSet<string> seen)
    {
        var candidate = name;
        for (var i = 2; !seen.Add(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private OperationModel? Map(string path, IOpenApiPathItem item, string method, OpenApiOperation operation, string pointer, string baseName)
    {
        var parameters = Parameters(path, item, operation, pointer, baseName);
        var body = _content.Body(operation, pointer, baseName, Display(operation, method, path));
        if (body is null && operation.RequestBody is not null)
        {
            return null;
        }

        var response = _content.Response(operation, pointer, baseName, Display(operation, method, path));
        return new OperationModel(
            MethodName: baseName + "Async",
            HttpMethod: method,
            Path: path,
            Summary: operation.Summary,
            Description: operation.Description,
            Source: operation.Extensions is not null && operation.Extensions.TryGetValue("x-source", out var source) ? JsonValues.AsString(JsonValues.Node(source)) : null,
            Parameters: parameters.ToEquatableArray(),
            Body: body,
            Response: response);
    }

    /// <summary>
    /// How a query list goes on the wire (OpenAPI 3.0 "Style Values"; Swagger 2.0's
    /// collectionFormat arrives here translated by the reader): null repeats the name.
    /// </summary>
    private bool QuerySeparator(IOpenApiParameter parameter, string pointer, out string? separator)
    {
        var explode = parameter.Explode;
        switch (parameter.Style)
        {
            case null:
            case ParameterStyle.Form:
                separator = explode ? null : ",";
                return true;
            case ParameterStyle.SpaceDelimited:
                separator = "%20";
                return true;
            case ParameterStyle.PipeDelimited:
                separator = "|";
                return true;
            default:
                separator = null;
                _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.UnsupportedConstruct.Id, pointer, "The query style '" + parameter.Style + "'", parameter.Name ?? string.Empty, "a string"));
                return false;
        }
    }

    private static IEnumerable<string> TemplateVariables(string path)
    {
        for (var open = path.IndexOf('{'); open >= 0; open = path.IndexOf('{', open + 1))
        {
            var close = path.IndexOf('}', open);
            if (close < 0)
            {
                yield break;
            }

            yield return path.Substring(open + 1, close - open - 1);
        }
    }

    private List<ParameterModel> Parameters(string path, IOpenApiPathItem item, OpenApiOperation operation, string pointer, string baseName)
    {
        var result = new List<ParameterModel>();
        // The generated method's own parameters and the implementation's locals are taken.
        var used = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "body", "cancellationToken", "refitItem", "refitForm", "refitMultipart", "refitPath", "refitQuery", "refitRequest", "refitSettings",
        };
        // A document read despite errors can hold unresolved (null) or nameless parameters.
        var own = (operation.Parameters ?? []).Where(p => p?.Name is not null).ToList();
        var all = (item.Parameters ?? []).Where(p => p?.Name is not null && !own.Any(o => o.Name == p.Name && o.In == p.In)).Concat(own);
        var index = 0;
        foreach (var parameter in all)
        {
            var parameterPointer = JsonPointer.Append(JsonPointer.Append(pointer, "parameters"), index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            index++;
            var wireName = parameter.Name!;
            ParameterLocation location;
            switch (parameter.In)
            {
                case Microsoft.OpenApi.ParameterLocation.Path:
                    location = ParameterLocation.Path;
                    break;
                case Microsoft.OpenApi.ParameterLocation.Query:
                    location = ParameterLocation.Query;
                    break;
                case Microsoft.OpenApi.ParameterLocation.Header:
                    location = ParameterLocation.Header;
                    break;
                default:
                    _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.UnsupportedConstruct.Id, parameterPointer, "A parameter in '" + parameter.In + "'", wireName, "nothing (it is left out)"));
                    continue;
            }

            // A union of single values goes as the text of the one the caller has: a string,
            // with no union record made for it.
            var type = SchemaMapper.IsScalarUnion(parameter.Schema)
                ? TypeModel.String
                : _schemas.Map(parameter.Schema, JsonPointer.Append(parameterPointer, "schema"), baseName + Identifiers.ToPascalCase(wireName));
            string? separator = null;
            if (location == ParameterLocation.Query && type.Kind == TypeKind.List && FormFields.IsSingleValue(type.Element!)
                && QuerySeparator(parameter, parameterPointer, out separator))
            {
                // A list of single values: sent as the parameter's style and explode say.
            }
            else if (type.Kind is TypeKind.Dto or TypeKind.List or TypeKind.Dictionary or TypeKind.JsonElement)
            {
                _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.UnsupportedConstruct.Id, parameterPointer, "A parameter that is not a single value", wireName, "a string"));
                type = TypeModel.String;
            }

            var name = Identifiers.ToCamelCase(wireName);
            var unique = Unique(name, used);
            if (SchemaMapper.NeedsWarning(wireName))
            {
                _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.NameMapped.Id, parameterPointer, wireName, unique));
            }

            result.Add(new ParameterModel(unique, wireName, location, type, parameter.Required || location == ParameterLocation.Path, parameter.Description, separator));
        }

        // A template variable the spec forgot to declare (the reader warned, AC0003) is still
        // part of the URL: without a parameter the request would go to a literal "{name}".
        foreach (var wire in TemplateVariables(path))
        {
            if (!result.Any(p => p.Location == ParameterLocation.Path && p.WireName == wire))
            {
                result.Add(new ParameterModel(Unique(Identifiers.ToCamelCase(wire), used), wire, ParameterLocation.Path, TypeModel.String, true, null));
            }
        }

        // Required parameters first: optional ones get default values in the signature.
        return result.OrderBy(p => p.Required ? 0 : 1).ToList();
    }
}
