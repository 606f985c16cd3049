using System.Collections.Generic;
using System.Linq;
using AuthClients.Generator.Model;
using Microsoft.OpenApi;
using static AuthClients.Generator.Parsing.Schemas;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// An object that is also one of several shapes: a oneOf/anyOf beside its own properties, or
/// an allOf of objects with one union part (an inline oneOf/anyOf, or a $ref to a union or a
/// record hierarchy). It becomes its record, with the properties every value has, plus a
/// required <c>Variant</c> member typed as the union (see <see cref="DtoModel.Variant"/>).
/// </summary>
/// <remarks>
/// Why a member and not a hierarchy whose every option repeats the shared properties: the
/// shared properties are read and set where they are declared, without a switch; the union
/// keeps its own type (a component union or hierarchy used here and elsewhere is one type, not
/// a copy per object that names it), so the emitted code grows by one member, not by a record
/// per option; and the user switches on <c>Variant</c> as on any union. On the wire both are
/// one JSON object: the object's fields and the option's are read from it and written into it.
/// </remarks>
internal sealed partial class SchemaMapper
{
    /// <summary>
    /// Where the union of an object with one is: -1 for its own oneOf/anyOf, else the index of
    /// its allOf part; null when the schema is not such an object (no union, two of them, no
    /// property of its own, or a part that is neither an object, a union nor an annotation).
    /// An allOf part that has a union of its own beside its properties gives its properties
    /// only: the usual "base with subtypes" document lists the subtypes in the base's oneOf, and
    /// each subtype's allOf names the base, which would otherwise nest forever; what the union
    /// adds is kept in the record's unknown fields.
    /// </summary>
    private static int? VariantOf(IOpenApiSchema schema) => VariantOf(schema, new HashSet<IOpenApiSchema>(ByIdentity.Instance));

    private static int? VariantOf(IOpenApiSchema schema, HashSet<IOpenApiSchema> visiting)
    {
        if (!visiting.Add(schema))
        {
            return null;
        }

        try
        {
            return VariantOfOnce(schema, visiting);
        }
        finally
        {
            visiting.Remove(schema);
        }
    }

    private static int? VariantOfOnce(IOpenApiSchema schema, HashSet<IOpenApiSchema> visiting)
    {
        if (schema.Not is not null || (NonNullType(schema) is { } type && type != JsonSchemaType.Object) || NullOption(schema) is not null)
        {
            return null;
        }

        var ownOneOf = OneOfOf(schema).Any(o => !IsAnnotation(o));
        var ownAnyOf = AnyOfOf(schema).Any(o => !IsAnnotation(o));
        if (ownOneOf && ownAnyOf)
        {
            return null;
        }

        int? union = ownOneOf || ownAnyOf ? -1 : null;
        var parts = AllOfOf(schema);
        for (var i = 0; i < parts.Count; i++)
        {
            if (IsAnnotation(parts[i]))
            {
                continue;
            }

            var resolved = Resolve(parts[i]);
            if (resolved is null)
            {
                return null;
            }

            if (IsObject(resolved, visiting) || VariantOf(resolved, visiting) == -1)
            {
                continue;
            }

            if (union is not null || !IsUnion(resolved))
            {
                return null;
            }

            union = i;
        }

        return union is not null && Members(schema).Count > 0 ? union : null;
    }

    /// <summary>The <c>Variant</c> member of the object <paramref name="name"/>, typed as its union.</summary>
    private PropertyModel VariantProperty(IOpenApiSchema schema, string pointer, string name, int at, HashSet<string> used)
    {
        var member = "Variant";
        for (var i = 2; !used.Add(member); i++)
        {
            member = "Variant" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        TypeModel type;
        if (at < 0)
        {
            // The object's own oneOf/anyOf: a union record of its options, named after the object.
            var union = UniqueUnionName(name + member);
            _typeNames.Add(union);
            BuildUnion(schema, pointer, union, description: null);
            type = new TypeModel(TypeKind.Dto, _namespace + "." + union);
        }
        else
        {
            var index = at.ToString(System.Globalization.CultureInfo.InvariantCulture);
            type = Map(AllOfOf(schema)[at], JsonPointer.Append(JsonPointer.Append(pointer, "allOf"), index), name + member);
        }

        return new PropertyModel(
            member,
            member,
            type,
            Required: true,
            Nullable: false,
            IsSecret: false,
            Description: "Which of its options the object also is: their fields are in the same JSON object as the object's own.");
    }
}
