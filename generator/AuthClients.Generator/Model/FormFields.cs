namespace AuthClients.Generator.Model;

/// <summary>
/// How a form or multipart field is sent: a single value as text (bytes as a file part in
/// multipart), a list of single values as the field repeated, anything else (objects, maps,
/// lists of objects, raw JSON) as one JSON part, OpenAPI's default for multipart.
/// </summary>
internal static class FormFields
{
    /// <summary>A value sent as one text (or, for bytes, file) field; listed, so a new kind of type is JSON.</summary>
    public static bool IsSingleValue(TypeModel type) => type.Kind is TypeKind.String or TypeKind.Boolean or TypeKind.Int32
        or TypeKind.Int64 or TypeKind.Double or TypeKind.DateTimeOffset or TypeKind.Bytes;

    /// <summary>A list of single values: the field repeated once per item.</summary>
    public static bool IsRepeated(TypeModel type) => type.Kind == TypeKind.List && IsSingleValue(type.Element!);

    /// <summary>A multipart field sent as one part of JSON.</summary>
    public static bool IsJsonPart(TypeModel type) => !IsSingleValue(type) && !IsRepeated(type);
}
