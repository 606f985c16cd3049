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
}

/// <summary>
/// The request body. JSON bodies serialize <see cref="Type"/>; form and multipart bodies send
/// each of <see cref="Fields"/> (the DTO's string properties) as one field.
/// </summary>
internal sealed record BodyModel(BodyKind Kind, TypeModel Type, bool Required, EquatableArray<PropertyModel> Fields);

internal enum ResponseKind
{
    /// <summary>A JSON body deserialized into <see cref="ResponseModel.Type"/>.</summary>
    Json,

    /// <summary>No body is documented: the method returns <c>Task</c>.</summary>
    None,

    /// <summary>No schema is documented: the raw response is handed back.</summary>
    Raw,
}

/// <summary>The success response of an operation.</summary>
internal sealed record ResponseModel(ResponseKind Kind, TypeModel? Type, string StatusCode);
