using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.OpenApi;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// Null-safe views of the reader's schemas: its collections are null when a keyword is
/// absent, and a <c>$ref</c> is an object of its own that points at the schema it names.
/// </summary>
internal static class Schemas
{
    private static readonly IDictionary<string, IOpenApiSchema> NoProperties = new Dictionary<string, IOpenApiSchema>();
    private static readonly IList<IOpenApiSchema> NoSchemas = new List<IOpenApiSchema>();
    private static readonly ISet<string> NoNames = new HashSet<string>();

    public static IDictionary<string, IOpenApiSchema> PropertiesOf(IOpenApiSchema schema) => schema.Properties ?? NoProperties;

    public static IList<IOpenApiSchema> AllOfOf(IOpenApiSchema schema) => schema.AllOf ?? NoSchemas;

    public static IList<IOpenApiSchema> OneOfOf(IOpenApiSchema schema) => schema.OneOf ?? NoSchemas;

    public static IList<IOpenApiSchema> AnyOfOf(IOpenApiSchema schema) => schema.AnyOf ?? NoSchemas;

    public static ISet<string> RequiredOf(IOpenApiSchema schema) => schema.Required ?? NoNames;

    /// <summary>
    /// The schema a <c>$ref</c> names, following a chain of them; the schema itself if it is
    /// none; null when a reference does not resolve.
    /// </summary>
    public static IOpenApiSchema? Resolve(IOpenApiSchema? schema)
    {
        for (var hops = 0; schema is OpenApiSchemaReference reference && hops < 32; hops++)
        {
            schema = reference.Target ?? InsideComponent(reference);
        }

        return schema is OpenApiSchemaReference ? null : schema;
    }

    /// <summary>
    /// A reference into a component schema (<c>#/components/schemas/Member/$defs/Address</c>,
    /// <c>.../properties/id</c>, <c>.../allOf/0</c>), which the reader leaves unresolved: the
    /// schema at that place, or null.
    /// </summary>
    private static IOpenApiSchema? InsideComponent(OpenApiSchemaReference reference)
    {
        const string Prefix = "#/components/schemas/";
        var written = reference.Reference?.ReferenceV3;
        var components = reference.Reference?.HostDocument?.Components?.Schemas;
        if (written is null || components is null || !written.StartsWith(Prefix, System.StringComparison.Ordinal))
        {
            return null;
        }

        var segments = written.Substring(Prefix.Length).Split('/').Select(s => s.Replace("~1", "/").Replace("~0", "~")).ToList();
        if (segments.Count < 2 || !components.TryGetValue(segments[0], out var current))
        {
            return null;
        }

        for (var i = 1; i < segments.Count && current is not null; i++)
        {
            var at = current is OpenApiSchemaReference ? Resolve(current) : current;
            var name = i + 1 < segments.Count ? segments[i + 1] : null;
            (current, var consumed) = segments[i] switch
            {
                "$defs" or "definitions" when name is not null => (Lookup(at?.Definitions, name), 2),
                "properties" when name is not null => (Lookup(at?.Properties, name), 2),
                "allOf" when name is not null => (Element(at?.AllOf, name), 2),
                "anyOf" when name is not null => (Element(at?.AnyOf, name), 2),
                "oneOf" when name is not null => (Element(at?.OneOf, name), 2),
                "items" => (at?.Items, 1),
                "additionalProperties" => (at?.AdditionalProperties, 1),
                "not" => (at?.Not, 1),
                _ => ((IOpenApiSchema?)null, 1),
            };
            i += consumed - 1;
        }

        return current;
    }

    private static IOpenApiSchema? Lookup(IDictionary<string, IOpenApiSchema>? schemas, string name) =>
        schemas is not null && schemas.TryGetValue(name, out var found) ? found : null;

    private static IOpenApiSchema? Element(IList<IOpenApiSchema>? schemas, string index) =>
        schemas is not null && int.TryParse(index, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < schemas.Count ? schemas[i] : null;

    /// <summary>The reference as written (<c>#/components/schemas/X</c>), or null for an inline schema.</summary>
    public static string? ReferenceOf(IOpenApiSchema? schema) =>
        schema is OpenApiSchemaReference reference ? reference.Reference?.ReferenceV3 ?? reference.Reference?.Id : null;

    /// <summary>The component id a <c>$ref</c> names, or null for an inline schema.</summary>
    public static string? ReferenceIdOf(IOpenApiSchema? schema) => (schema as OpenApiSchemaReference)?.Reference?.Id;

    /// <summary>
    /// The type without <c>null</c>: 3.0's <c>nullable: true</c> and 3.1's <c>type: [T, "null"]</c>
    /// both arrive as the Null flag beside the type.
    /// </summary>
    public static JsonSchemaType? NonNullType(IOpenApiSchema schema)
    {
        var type = schema.Type & ~JsonSchemaType.Null;
        return type is null || type == 0 ? null : type;
    }

    public static bool Is(IOpenApiSchema schema, JsonSchemaType type) => NonNullType(schema) == type;

    /// <summary>More than one non-null type (<c>type: [string, integer]</c>): no single C# type.</summary>
    public static bool IsTypeUnion(IOpenApiSchema schema) =>
        NonNullType(schema) is { } type && (type & (type - 1)) != 0;

    /// <summary>
    /// May the value be null: the Null type flag, an enum listing null, or a oneOf/anyOf with
    /// a <c>{type: "null"}</c> option (3.1's way of saying "this $ref, or null", or "one of these, or null").
    /// </summary>
    public static bool AllowsNull(IOpenApiSchema? schema) =>
        schema is not null
        && ((schema.Type is { } type && (type & JsonSchemaType.Null) != 0)
            || (schema.Enum?.Any(JsonValues.IsNull) ?? false)
            || OneOfOf(schema).Any(IsNullOnly) || AnyOfOf(schema).Any(IsNullOnly));

    /// <summary>The one non-null option of a oneOf/anyOf of two whose other option is <c>{type: "null"}</c>.</summary>
    public static IOpenApiSchema? NullOption(IOpenApiSchema schema)
    {
        var options = OneOfOf(schema).Count > 0 ? OneOfOf(schema) : AnyOfOf(schema);
        if (options.Count != 2 || PropertiesOf(schema).Count > 0 || AllOfOf(schema).Count > 0)
        {
            return null;
        }

        var nulls = options.Where(IsNullOnly).ToList();
        return nulls.Count == 1 ? options.First(o => !IsNullOnly(o)) : null;
    }

    private static bool IsNullOnly(IOpenApiSchema? schema) =>
        schema is not OpenApiSchemaReference && schema?.Type == JsonSchemaType.Null;

    /// <summary>Compares schemas by identity: the reader's schemas are mutable objects.</summary>
    public sealed class ByIdentity : IEqualityComparer<IOpenApiSchema>
    {
        public static ByIdentity Instance { get; } = new();

        public bool Equals(IOpenApiSchema? x, IOpenApiSchema? y) => ReferenceEquals(x, y);

        public int GetHashCode(IOpenApiSchema obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
