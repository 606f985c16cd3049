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
    private const string Json = "application/json";
    private const string Multipart = "multipart/form-data";
    private const string FormUrlEncoded = "application/x-www-form-urlencoded";
    private const string OctetStream = "application/octet-stream";

    // The HTTP methods a Refit interface method can be declared with.
    private static readonly HashSet<string> RefitMethods = new(System.StringComparer.Ordinal) { "get", "put", "post", "delete", "patch", "head", "options" };

    private readonly SchemaMapper _schemas;
    private readonly YamlLocator _locator;
    private readonly List<DiagnosticInfo> _diagnostics;

    public OperationMapper(SchemaMapper schemas, YamlLocator locator, List<DiagnosticInfo> diagnostics)
    {
        _schemas = schemas;
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
        var body = Body(operation, pointer, baseName, Display(operation, method, path));
        if (body is null && operation.RequestBody is not null)
        {
            return null;
        }

        var response = Response(operation, pointer, baseName, Display(operation, method, path));
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

    private static bool IsSingleValue(TypeModel type) =>
        type.Kind is not (TypeKind.Dto or TypeKind.List or TypeKind.Dictionary or TypeKind.JsonElement or TypeKind.ExtensionData);

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

            var type = _schemas.Map(parameter.Schema, JsonPointer.Append(parameterPointer, "schema"), baseName + Identifiers.ToPascalCase(wireName));
            string? separator = null;
            if (location == ParameterLocation.Query && type.Kind == TypeKind.List && IsSingleValue(type.Element!)
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

    private BodyModel? Body(OpenApiOperation operation, string pointer, string baseName, string display)
    {
        var requestBody = operation.RequestBody;
        if (requestBody is null)
        {
            return null;
        }

        var bodyPointer = JsonPointer.Append(pointer, "requestBody");
        var content = requestBody.Content ?? new Dictionary<string, IOpenApiMediaType>();
        var chosen = ChooseBody(content);
        if (chosen is not { } choice)
        {
            _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.UnsupportedContent.Id, bodyPointer, display, string.Join(", ", content.Keys)));
            return null;
        }

        var (kind, mediaType) = choice;
        var schemaPointer = JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(bodyPointer, "content"), mediaType), "schema");
        var fields = EquatableArray<PropertyModel>.Empty;
        TypeModel type;
        switch (kind)
        {
            case BodyKind.Text:
                type = TypeModel.String;
                break;
            case BodyKind.Binary:
                type = TypeModel.Stream;
                break;
            case BodyKind.Json:
                type = _schemas.Map(content[mediaType]?.Schema, schemaPointer, baseName + "Request");
                break;
            default:
                type = _schemas.Map(content[mediaType]?.Schema, schemaPointer, baseName + "Request");

                // Form fields are sent one by one: single values, lists of them (the field
                // repeated) and, in multipart, bytes (a file part).
                if (!_schemas.TryGetDto(type, out var dto) || type.Kind != TypeKind.Dto
                    || !dto.Properties.All(p => IsFormField(p.Type, kind) || (p.Type.Kind == TypeKind.List && IsFormField(p.Type.Element!, kind))))
                {
                    _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.UnsupportedContent.Id, schemaPointer, display, mediaType + " with fields that are not single values, lists of them or files"));
                    return null;
                }

                fields = dto.Properties;
                break;
        }

        return new BodyModel(kind, type, requestBody.Required, fields, mediaType);
    }

    /// <summary>
    /// An object, array or reference schema under octet-stream: what the reader makes of a
    /// Swagger 2.0 operation without consumes/produces. It is JSON in practice (NSwag reads it so too).
    /// </summary>
    private static bool IsStructured(IOpenApiSchema? schema) =>
        schema is not null && (schema is OpenApiSchemaReference || Is(schema, JsonSchemaType.Object) || Is(schema, JsonSchemaType.Array)
            || PropertiesOf(schema).Count > 0 || AllOfOf(schema).Count > 0 || OneOfOf(schema).Count > 0 || AnyOfOf(schema).Count > 0);

    private static bool IsFormField(TypeModel type, BodyKind kind) =>
        IsSingleValue(type) && (type.Kind != TypeKind.Bytes || kind == BodyKind.Multipart);

    /// <summary>
    /// The body to send when the spec offers several: JSON first (any +json type too), then
    /// multipart, form, plain text, and a binary type (octet-stream, or any type whose schema
    /// is <c>format: binary</c> or absent, such as image/jpeg).
    /// </summary>
    private static (BodyKind Kind, string MediaType)? ChooseBody(IDictionary<string, IOpenApiMediaType> content)
    {
        string? Find(System.Func<string, IOpenApiMediaType?, bool> test) =>
            content.Where(c => test(c.Key.ToLowerInvariant(), c.Value)).Select(c => c.Key).FirstOrDefault();

        if (Find((type, _) => type == Json || type.EndsWith("+json", System.StringComparison.Ordinal)) is { } json)
        {
            return (BodyKind.Json, json);
        }

        if (Find((type, media) => type == OctetStream && IsStructured(media?.Schema)) is { } defaulted)
        {
            return (BodyKind.Json, defaulted);
        }

        if (Find((type, _) => type == Multipart) is { } multipart)
        {
            return (BodyKind.Multipart, multipart);
        }

        if (Find((type, _) => type == FormUrlEncoded) is { } form)
        {
            return (BodyKind.FormUrlEncoded, form);
        }

        if (Find((type, _) => type == "text/plain") is { } text)
        {
            return (BodyKind.Text, text);
        }

        if (Find((type, media) => type == OctetStream || media?.Schema is null || media.Schema.Format == "binary") is { } binary)
        {
            return (BodyKind.Binary, binary);
        }

        return null;
    }

    private ResponseModel Response(OpenApiOperation operation, string pointer, string baseName, string display)
    {
        var success = (operation.Responses ?? [])
            .Where(r => r.Value is not null && r.Key.Length == 3 && r.Key[0] == '2')
            .OrderBy(r => r.Key, System.StringComparer.Ordinal)
            .FirstOrDefault();
        if (success.Value is null)
        {
            _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.MissingResponseSchema.Id, JsonPointer.Append(pointer, "responses"), display));
            return new ResponseModel(ResponseKind.Raw, null, "200");
        }

        var responsePointer = JsonPointer.Append(JsonPointer.Append(pointer, "responses"), success.Key);
        if (success.Key == "204" || success.Value.Content is not { Count: > 0 })
        {
            return new ResponseModel(ResponseKind.None, null, success.Key);
        }

        var contents = success.Value.Content;
        var json = contents.FirstOrDefault(c => c.Key.IndexOf("json", System.StringComparison.OrdinalIgnoreCase) >= 0 && c.Value?.Schema is not null);
        if (json.Value is null)
        {
            json = contents.FirstOrDefault(c => c.Key == OctetStream && IsStructured(c.Value?.Schema));
        }

        if (json.Value?.Schema is { } jsonSchema)
        {
            var schemaPointer = JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(responsePointer, "content"), json.Key), "schema");
            var type = _schemas.Map(jsonSchema, schemaPointer, baseName + "Response");
            return type.Kind switch
            {
                TypeKind.String => new ResponseModel(ResponseKind.JsonString, type, success.Key),
                TypeKind.Bytes => new ResponseModel(ResponseKind.Binary, TypeModel.Stream, success.Key),
                _ => new ResponseModel(ResponseKind.Json, type, success.Key),
            };
        }

        // Anything binary comes back as the bytes sent; plain text as the text sent.
        if (contents.Any(c => c.Key == OctetStream || c.Value?.Schema?.Format == "binary"))
        {
            return new ResponseModel(ResponseKind.Binary, TypeModel.Stream, success.Key);
        }

        if (contents.Any(c => c.Key.StartsWith("text/plain", System.StringComparison.OrdinalIgnoreCase)))
        {
            return new ResponseModel(ResponseKind.Text, TypeModel.String, success.Key);
        }

        _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.MissingResponseSchema.Id, responsePointer, display));
        return new ResponseModel(ResponseKind.Raw, null, success.Key);
    }
}
