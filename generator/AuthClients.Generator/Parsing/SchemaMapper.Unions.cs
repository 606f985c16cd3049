using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;
using Microsoft.OpenApi;
using static AuthClients.Generator.Parsing.Schemas;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// oneOf/anyOf that are not a record hierarchy, and type arrays (<c>type: [number, string]</c>):
/// each becomes a union record with one typed accessor per option (see <see cref="UnionModel"/>).
/// </summary>
internal sealed partial class SchemaMapper
{
    // Union components reserved by name before any record is built, so references to them
    // resolve wherever they appear; built once every object component has its name.
    private readonly Dictionary<IOpenApiSchema, string> _unionPointers = new(ByIdentity.Instance);

    // An option's accessors are FromX, IsX and TryGetX; these would collide with the fallback's.
    private static readonly string[] UnionMembers = ["Json", "Unmatched", "Match"];

    // What every union record declares: a union may not be named like one of them (CS0542).
    private static readonly string[] UnionTypeMembers = ["Match", "FromJson", "IsUnmatched", "TryGetUnmatched"];

    /// <summary>A oneOf/anyOf without properties of its own, or a type array, that can be a union record.</summary>
    private static bool IsPlainUnion(IOpenApiSchema schema) =>
        (IsUnion(schema) && schema.Not is null) || (IsTypeUnion(schema) && TypeUnionOptions(schema) is not null && OneOfOf(schema).Count == 0 && AnyOfOf(schema).Count == 0 && AllOfOf(schema).Count == 0);

    private void ReserveUnion(string key, IOpenApiSchema schema, string pointer)
    {
        var name = TypeName(key, pointer);
        var unique = UniqueUnionName(name);
        if (unique != name)
        {
            _diagnostics.Add(_locator.Diagnostic(Diagnostics.DiagnosticDescriptors.NameCollision.Id, pointer, key, name, unique));
        }

        Reserve(schema, unique);
        _unionPointers[schema] = pointer;
    }

    private string UniqueUnionName(string name)
    {
        var candidate = name;
        for (var i = 2; _typeNames.Contains(candidate) || UnionTypeMembers.Contains(candidate); i++)
        {
            candidate = name + i.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private void BuildReservedUnions()
    {
        foreach (var pending in _unionPointers.ToList())
        {
            BuildUnion(pending.Key, pending.Value, _dtoNames[pending.Key], pending.Key.Description ?? pending.Key.Title);
        }
    }

    /// <summary>The union record for an inline oneOf/anyOf or type array, named <paramref name="inlineName"/>; null when it has no typed option.</summary>
    private TypeModel? MapInlineUnion(IOpenApiSchema schema, string pointer, string inlineName)
    {
        if (_dtoNames.TryGetValue(schema, out var known))
        {
            return new TypeModel(TypeKind.Dto, _namespace + "." + known);
        }

        if (!IsPlainUnion(schema))
        {
            return null;
        }

        var name = Reserve(schema, UniqueUnionName(TypeName(inlineName, pointer)));
        BuildUnion(schema, pointer, name, schema.Description ?? schema.Title);
        return new TypeModel(TypeKind.Dto, _namespace + "." + name);
    }

    private void BuildUnion(IOpenApiSchema schema, string pointer, string name, string? description)
    {
        var options = OneOfOf(schema).Count > 0 || AnyOfOf(schema).Count > 0
            ? SchemaOptions(schema, pointer, name)
            : TypeUnionOptions(schema, pointer, name);
        var used = new HashSet<string>(UnionMembers, System.StringComparer.Ordinal);
        var models = new List<UnionOptionModel>();
        foreach (var (type, values) in options)
        {
            if (models.Any(m => m.Type == type))
            {
                // Two schemas of one C# type (a string of two formats) are one option.
                continue;
            }

            var optionName = type.MetadataName;
            var candidate = optionName;
            for (var i = 2; !used.Add(candidate) || "From" + candidate == name || "Is" + candidate == name || "TryGet" + candidate == name; i++)
            {
                candidate = optionName + i.ToString(CultureInfo.InvariantCulture);
            }

            models.Add(new UnionOptionModel(candidate, type, values));
        }

        var discriminator = schema.Discriminator?.PropertyName;
        _dtos[name] = new DtoModel(
            name,
            description,
            EquatableArray<PropertyModel>.Empty,
            Union: new UnionModel(models.ToEquatableArray(), string.IsNullOrEmpty(discriminator) ? null : discriminator));
    }

    private List<(TypeModel Type, EquatableArray<string> DiscriminatorValues)> SchemaOptions(IOpenApiSchema schema, string pointer, string name)
    {
        var keyword = OneOfOf(schema).Count > 0 ? "oneOf" : "anyOf";
        var written = OneOfOf(schema).Count > 0 ? OneOfOf(schema) : AnyOfOf(schema);
        var mapping = schema.Discriminator?.Mapping ?? new Dictionary<string, OpenApiSchemaReference>();
        var options = new List<(TypeModel, EquatableArray<string>)>();
        for (var i = 0; i < written.Count; i++)
        {
            if (written[i] is not OpenApiSchemaReference && written[i]?.Type == JsonSchemaType.Null)
            {
                // {type: "null"} only makes the union nullable, which its users' nullability says.
                continue;
            }

            var index = i.ToString(CultureInfo.InvariantCulture);
            var type = Map(written[i], JsonPointer.Append(JsonPointer.Append(pointer, keyword), index), name + "Option" + (i + 1).ToString(CultureInfo.InvariantCulture));
            var id = ReferenceIdOf(written[i]);
            var values = id is null
                ? EquatableArray<string>.Empty
                : mapping.Where(m => m.Value?.Reference?.Id == id).Select(m => m.Key).DefaultIfEmpty(id).ToEquatableArray();
            options.Add((type, schema.Discriminator is null ? EquatableArray<string>.Empty : values));
        }

        return options;
    }

    private List<(TypeModel Type, EquatableArray<string> DiscriminatorValues)> TypeUnionOptions(IOpenApiSchema schema, string pointer, string name) =>
        TypeUnionOptions(schema)!.Select(flag => (flag == JsonSchemaType.Array
            ? TypeModel.ListOf(schema.Items is null ? TypeModel.JsonElement : Map(schema.Items, JsonPointer.Append(pointer, "items"), name + "Item"))
            : PrimitiveOf(schema, flag), EquatableArray<string>.Empty)).ToList();

    /// <summary>The single types of a type array in JSON Schema's order, or null when one is an object with members (no record can be both).</summary>
    private static List<JsonSchemaType>? TypeUnionOptions(IOpenApiSchema schema)
    {
        var type = NonNullType(schema) ?? 0;
        var flags = new[] { JsonSchemaType.Boolean, JsonSchemaType.Integer, JsonSchemaType.Number, JsonSchemaType.String, JsonSchemaType.Array, JsonSchemaType.Object }
            .Where(f => (type & f) != 0)
            .ToList();
        return flags.Contains(JsonSchemaType.Object) && (PropertiesOf(schema).Count > 0 || schema.AdditionalProperties is not null) ? null : flags;
    }

    /// <summary>One single type of a type array, with the schema's format where it applies to that type.</summary>
    private static TypeModel PrimitiveOf(IOpenApiSchema schema, JsonSchemaType flag) => flag switch
    {
        JsonSchemaType.Boolean => TypeModel.Boolean,
        JsonSchemaType.Integer => schema.Format == "int32" ? TypeModel.Int32 : TypeModel.Int64,
        JsonSchemaType.Number => TypeModel.Double,
        JsonSchemaType.String => schema.Format == "date-time" ? TypeModel.DateTimeOffset : TypeModel.String,

        // A free-form object keeps the JSON as it came, as it does outside a union.
        _ => TypeModel.JsonElement,
    };

    /// <summary>
    /// A union whose every option is a single value (<c>oneOf: [integer, string]</c>,
    /// <c>type: [integer, string]</c>): as a parameter it is the text of whichever value the
    /// caller has, so it is a string there, and no union record is made for it.
    /// </summary>
    public static bool IsScalarUnion(IOpenApiSchema? written)
    {
        var schema = Resolve(written);
        if (schema is null || PropertiesOf(schema).Count > 0 || AllOfOf(schema).Count > 0 || schema.Not is not null)
        {
            return false;
        }

        var options = OneOfOf(schema).Count > 0 ? OneOfOf(schema) : AnyOfOf(schema);
        if (options.Count > 0)
        {
            return options.Where(o => o is not null && !(o is not OpenApiSchemaReference && o.Type == JsonSchemaType.Null))
                .All(o => IsScalarUnion(o) || (Resolve(o) is { } option && IsScalar(option)));
        }

        return IsTypeUnion(schema) && (NonNullType(schema)!.Value & (JsonSchemaType.Array | JsonSchemaType.Object)) == 0;
    }

    private static bool IsScalar(IOpenApiSchema schema) =>
        NonNullType(schema) is JsonSchemaType.String or JsonSchemaType.Integer or JsonSchemaType.Number or JsonSchemaType.Boolean
        && OneOfOf(schema).Count == 0 && AnyOfOf(schema).Count == 0 && AllOfOf(schema).Count == 0;
}
