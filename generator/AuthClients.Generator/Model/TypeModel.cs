namespace AuthClients.Generator.Model;

/// <summary>What a schema becomes in C#; decides the JSON metadata the context needs for it.</summary>
internal enum TypeKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    DateTimeOffset,
    JsonElement,
    Dto,
    List,
    Dictionary,
    ExtensionData,

    /// <summary>A string of <c>format: binary</c> or <c>byte</c> inside an object: base64 in JSON, a file part in multipart.</summary>
    Bytes,

    /// <summary>A whole binary body or response, sent and returned unaltered.</summary>
    Stream,
}

/// <summary>
/// A C# type referred to by the model. <see cref="Element"/> is set for lists (the item) and
/// dictionaries (the value; keys are strings, as JSON object keys are); DTOs carry
/// their fully qualified <c>global::</c> name.
/// </summary>
internal sealed record TypeModel(TypeKind Kind, string FullName, TypeModel? Element = null)
{
    public bool IsValueType => Kind is TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64
        or TypeKind.Double or TypeKind.DateTimeOffset or TypeKind.JsonElement;

    /// <summary>The type as written for a property or parameter of the given nullability.</summary>
    public string Render(bool nullable) => nullable ? FullName + "?" : FullName;

    /// <summary>A name usable inside member names of the JSON context.</summary>
    public string MetadataName => Kind switch
    {
        TypeKind.List => "ListOf" + Element!.MetadataName,
        TypeKind.Dictionary => "DictionaryOf" + Element!.MetadataName,
        TypeKind.Dto => FullName.Substring(FullName.LastIndexOf('.') + 1),
        _ => Kind.ToString(),
    };

    public static TypeModel String { get; } = new(TypeKind.String, "string");

    public static TypeModel Boolean { get; } = new(TypeKind.Boolean, "bool");

    public static TypeModel Int32 { get; } = new(TypeKind.Int32, "int");

    public static TypeModel Int64 { get; } = new(TypeKind.Int64, "long");

    public static TypeModel Double { get; } = new(TypeKind.Double, "double");

    public static TypeModel DateTimeOffset { get; } = new(TypeKind.DateTimeOffset, "global::System.DateTimeOffset");

    public static TypeModel Bytes { get; } = new(TypeKind.Bytes, "byte[]");

    public static TypeModel Stream { get; } = new(TypeKind.Stream, "global::System.IO.Stream");

    public static TypeModel JsonElement { get; } = new(TypeKind.JsonElement, "global::System.Text.Json.JsonElement");

    /// <summary>The type of every DTO's [JsonExtensionData] member.</summary>
    public static TypeModel ExtensionData { get; } = new(
        TypeKind.ExtensionData,
        "global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>");

    public static TypeModel DictionaryOf(TypeModel value) =>
        new(TypeKind.Dictionary, "global::System.Collections.Generic.IReadOnlyDictionary<string, " + value.FullName + ">", value);

    public static TypeModel ListOf(TypeModel element) =>
        new(TypeKind.List, "global::System.Collections.Generic.IReadOnlyList<" + element.FullName + ">", element);
}
