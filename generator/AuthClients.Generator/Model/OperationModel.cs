using AuthClients.Generator.Helpers;

namespace AuthClients.Generator.Model;

/// <summary>One HTTP operation of the spec, as a method of the Refit interface.</summary>
internal sealed record OperationModel(
    string MethodName,
    string HttpMethod,
    string Path,
    string? Summary,
    string? Description,
    string? Source,
    EquatableArray<ParameterModel> Parameters,
    BodyModel? Body,
    ResponseModel Response);

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
}

/// <summary>
/// A path, query or header parameter of an operation. A query parameter whose type is a list
/// repeats its name per item when <see cref="Separator"/> is null (style form, explode true),
/// else sends one value with the items joined by it.
/// </summary>
internal sealed record ParameterModel(
    string Name,
    string WireName,
    ParameterLocation Location,
    TypeModel Type,
    bool Required,
    string? Description,
    string? Separator = null);

internal enum BodyKind
{
    Json,
    FormUrlEncoded,
    Multipart,

    /// <summary>text/plain: a string sent as it is.</summary>
    Text,

    /// <summary>octet-stream, images, any binary type: a stream sent unaltered with its media type.</summary>
    Binary,
}

/// <summary>
/// The request body. JSON bodies serialize <see cref="Type"/>; form and multipart bodies send
/// each of <see cref="Fields"/> (the DTO's properties) as a field, a list as the field
/// repeated, bytes as a file part; text and binary bodies go as they are, as <see cref="MediaType"/>.
/// </summary>
internal sealed record BodyModel(BodyKind Kind, TypeModel Type, bool Required, EquatableArray<PropertyModel> Fields, string MediaType = "application/json");

internal enum ResponseKind
{
    /// <summary>A JSON body deserialized into <see cref="ResponseModel.Type"/>.</summary>
    Json,

    /// <summary>No body is documented: the method returns <c>Task</c>.</summary>
    None,

    /// <summary>No schema is documented: the raw response is handed back.</summary>
    Raw,

    /// <summary>A JSON string: returned without its quotes.</summary>
    JsonString,

    /// <summary>text/plain: returned as sent.</summary>
    Text,

    /// <summary>A binary answer: its bytes returned unaltered as a stream.</summary>
    Binary,
}

/// <summary>The success response of an operation.</summary>
internal sealed record ResponseModel(ResponseKind Kind, TypeModel? Type, string StatusCode);
