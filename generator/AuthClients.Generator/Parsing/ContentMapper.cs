using System.Collections.Generic;
using System.Linq;
using AuthClients.Generator.Diagnostics;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;
using Microsoft.OpenApi;
using static AuthClients.Generator.Parsing.Schemas;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// Maps an operation's request body and success response by their media types: JSON is
/// typed, text is a string, raw bytes are a stream, forms are sent field by field. What cannot
/// be sent is reported where the document says it, and the operation skipped.
/// </summary>
internal sealed class ContentMapper
{
    private readonly SchemaMapper _schemas;
    private readonly YamlLocator _locator;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly bool _swaggerTwo;

    public ContentMapper(SchemaMapper schemas, YamlLocator locator, List<DiagnosticInfo> diagnostics)
    {
        _schemas = schemas;
        _locator = locator;
        _diagnostics = diagnostics;
        _swaggerTwo = locator.Contains("#/swagger");
    }

    /// <summary>The request body, or null when there is none or it cannot be sent (reported).</summary>
    public BodyModel? Body(OpenApiOperation operation, string pointer, string baseName, string display)
    {
        var requestBody = operation.RequestBody;
        if (requestBody is null)
        {
            return null;
        }

        var bodyPointer = JsonPointer.Append(pointer, "requestBody");
        var content = requestBody.Content ?? new Dictionary<string, IOpenApiMediaType>();
        if (ChooseBody(content, ReaderDefault(pointer, "consumes")) is not { } choice)
        {
            _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.UnsupportedContent.Id, bodyPointer, display, content.Count == 0 ? "(no content)" : string.Join(", ", content.Keys)));
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

                // Fields go one by one: a form takes single values and lists of them; multipart
                // also takes files, and sends any other field as a part of JSON.
                if (type.Kind != TypeKind.Dto || !_schemas.TryGetDto(type, out var dto) || dto.Polymorphism is not null || dto.Union is not null || dto.Variant is not null
                    || (kind == BodyKind.FormUrlEncoded && !dto.Properties.All(p => IsFormField(p.Type))))
                {
                    var why = kind == BodyKind.Multipart ? " whose schema is not an object" : " with fields that are not single values or lists of them";
                    _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.UnsupportedContent.Id, schemaPointer, display, mediaType + why));
                    return null;
                }

                fields = dto.Properties;
                break;
        }

        // Swagger 2.0 formData parameters become one body whose required fields are the required
        // parameters; the reader leaves the body optional, which would let the caller send none.
        var required = requestBody.Required || (_swaggerTwo && fields.Any(f => f.Required));
        return new BodyModel(kind, type, required, fields, mediaType);
    }

    /// <summary>The first success response, typed by its media type.</summary>
    public ResponseModel Response(OpenApiOperation operation, string pointer, string baseName, string display)
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
        if (success.Key == "204" || success.Value.Content is not { Count: > 0 } contents)
        {
            return new ResponseModel(ResponseKind.None, null, success.Key);
        }

        var readerDefault = ReaderDefault(pointer, "produces");
        var json = contents.FirstOrDefault(c => c.Value?.Schema is not null && IsJsonContent(MediaTypes.Essence(c.Key), c.Value.Schema, readerDefault));
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

        if (contents.Keys.Any(k => MediaTypes.IsText(MediaTypes.Essence(k))))
        {
            return new ResponseModel(ResponseKind.Text, TypeModel.String, success.Key);
        }

        // The bytes as sent: images, PDFs, octet-stream, any type whose schema is a string or absent.
        if (contents.Any(c => IsBytes(MediaTypes.Essence(c.Key), c.Value?.Schema)))
        {
            return new ResponseModel(ResponseKind.Binary, TypeModel.Stream, success.Key);
        }

        _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.MissingResponseSchema.Id, responsePointer, display));
        return new ResponseModel(ResponseKind.Raw, null, success.Key);
    }

    /// <summary>
    /// The body to send when the spec offers several: JSON first, then multipart, form, text,
    /// and raw bytes; XML and other structured types the generator cannot write give null.
    /// </summary>
    private static (BodyKind Kind, string MediaType)? ChooseBody(IDictionary<string, IOpenApiMediaType> content, bool readerDefault)
    {
        string? Find(System.Func<string, IOpenApiSchema?, bool> test) =>
            content.Where(c => test(MediaTypes.Essence(c.Key), c.Value?.Schema)).Select(c => c.Key).FirstOrDefault();

        if (Find((type, schema) => IsJsonContent(type, schema, readerDefault)) is { } json)
        {
            return (BodyKind.Json, json);
        }

        if (Find((type, _) => type == MediaTypes.Multipart) is { } multipart)
        {
            return (BodyKind.Multipart, multipart);
        }

        if (Find((type, _) => type == MediaTypes.FormUrlEncoded) is { } form)
        {
            return (BodyKind.FormUrlEncoded, form);
        }

        if (Find((type, _) => MediaTypes.IsText(type)) is { } text)
        {
            return (BodyKind.Text, text);
        }

        if (Find(IsBytes) is { } binary)
        {
            return (BodyKind.Binary, binary);
        }

        return null;
    }

    /// <summary>
    /// A JSON media type, or <c>*/*</c> (what Spring's tools write for JSON) or the reader's
    /// octet-stream default for a Swagger 2.0 operation without consumes/produces, when the
    /// schema is structured: JSON in practice (NSwag reads them so too).
    /// </summary>
    private static bool IsJsonContent(string type, IOpenApiSchema? schema, bool readerDefault) =>
        MediaTypes.IsJson(type)
        || ((type == MediaTypes.Any || (readerDefault && type == MediaTypes.OctetStream)) && IsStructured(schema));

    /// <summary>
    /// Raw bytes: a type that is bytes whatever its schema says, or any other type (not XML,
    /// not a form) whose schema is absent or a string, as 3.1 documents binary content.
    /// </summary>
    private static bool IsBytes(string type, IOpenApiSchema? schema) =>
        MediaTypes.IsRawByNature(type)
        || (!MediaTypes.IsXml(type) && type is not (MediaTypes.Multipart or MediaTypes.FormUrlEncoded)
            && (schema is null || (!IsStructured(schema) && Resolve(schema) is { } resolved && (resolved.Type is null || Is(resolved, JsonSchemaType.String)))));

    /// <summary>
    /// Did the Swagger 2.0 reader put octet-stream here because the document names no media type
    /// (no <paramref name="keyword"/> on the operation or the document)?
    /// </summary>
    private bool ReaderDefault(string operationPointer, string keyword) =>
        _swaggerTwo && !_locator.Contains(JsonPointer.Append(operationPointer, keyword)) && !_locator.Contains("#/" + keyword);

    private static bool IsStructured(IOpenApiSchema? schema) =>
        schema is not null && (schema is OpenApiSchemaReference || Is(schema, JsonSchemaType.Object) || Is(schema, JsonSchemaType.Array)
            || PropertiesOf(schema).Count > 0 || AllOfOf(schema).Count > 0 || OneOfOf(schema).Count > 0 || AnyOfOf(schema).Count > 0);

    private static bool IsFormField(TypeModel type) =>
        (FormFields.IsSingleValue(type) && type.Kind != TypeKind.Bytes) || (FormFields.IsRepeated(type) && type.Element!.Kind != TypeKind.Bytes);
}
