using System.Collections.Generic;
using System.Linq;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>One type the JSON context must describe, as written in C#.</summary>
internal sealed record JsonTypeEntry(string TypeName, string MemberName, TypeModel Type, bool IsNullableValue);

/// <summary>
/// Every type System.Text.Json meets while (de)serializing the spec's DTOs, bodies and
/// responses: each needs metadata in the context, because no reflection is allowed.
/// </summary>
internal static class JsonTypeCatalog
{
    public static IReadOnlyList<JsonTypeEntry> Collect(SpecModel spec)
    {
        var entries = new Dictionary<string, JsonTypeEntry>(System.StringComparer.Ordinal);
        Add(entries, TypeModel.String, nullable: false);
        Add(entries, TypeModel.JsonElement, nullable: false);
        Add(entries, TypeModel.ExtensionData, nullable: false);
        foreach (var dto in spec.Dtos)
        {
            Add(entries, new TypeModel(TypeKind.Dto, "global::" + spec.Namespace + "." + dto.Name), nullable: false);
            foreach (var property in dto.Properties)
            {
                Add(entries, property.Type, property.Nullable);
            }

            // The object's own metadata leaves its variant out; the converter reads it with the union's.
            if (dto.Variant is { } variant)
            {
                Add(entries, variant.Type, nullable: false);
            }

            // Refit serializes a body by its runtime type, so the record that keeps an unknown
            // discriminator needs metadata of its own to be sent back.
            if (dto.Polymorphism is { } polymorphism)
            {
                Add(entries, new TypeModel(TypeKind.Dto, "global::" + spec.Namespace + "." + polymorphism.UnknownName), nullable: false);
            }

            // A union's converter reads and writes each option through the option's own metadata.
            foreach (var option in dto.Union?.Options ?? default)
            {
                Add(entries, option.Type, nullable: false);
            }
        }

        foreach (var operation in spec.Operations)
        {
            if (operation.Body is { Kind: BodyKind.Json } body)
            {
                Add(entries, body.Type, nullable: false);
            }

            if (operation.Response is { Kind: ResponseKind.Json or ResponseKind.JsonString, Type: { } response })
            {
                Add(entries, response, nullable: false);
            }
        }

        return entries.Values.OrderBy(e => e.MemberName, System.StringComparer.Ordinal).ToList();
    }

    private static void Add(Dictionary<string, JsonTypeEntry> entries, TypeModel type, bool nullable)
    {
        if (type.Element is { } element)
        {
            Add(entries, element, nullable: false);
        }

        var nullableValue = nullable && type.IsValueType;
        var typeName = nullableValue ? type.FullName + "?" : type.FullName;
        var memberName = (nullableValue ? "Nullable" : string.Empty) + type.MetadataName;
        if (!entries.ContainsKey(typeName))
        {
            entries[typeName] = new JsonTypeEntry(typeName, memberName, type, nullableValue);
        }

        // A nullable value type's converter wraps the underlying type's metadata.
        if (nullableValue)
        {
            Add(entries, type, nullable: false);
        }
    }
}
