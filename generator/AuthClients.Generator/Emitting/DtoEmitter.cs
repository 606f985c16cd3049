using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// Emits one sealed record per DTO: wire names in [JsonPropertyName], C# <c>required</c> where
/// the docs promise presence, unknown fields kept in [JsonExtensionData], secrets masked in
/// ToString.
/// </summary>
internal static class DtoEmitter
{
    public static string Emit(SpecModel spec, CancellationToken cancellationToken)
    {
        var w = new SourceWriter().FileHeader();
        w.Line("namespace " + spec.Namespace + ";");
        foreach (var dto in spec.Dtos)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.Line();
            EmitDto(w, spec, dto);
        }

        return w.ToString();
    }

    private static void EmitDto(SourceWriter w, SpecModel spec, DtoModel dto)
    {
        if (dto.Union is { } union)
        {
            UnionEmitter.EmitUnion(w, spec, dto, union);
            return;
        }

        w.Summary(DocComment.FirstWithText(dto.Description, "The " + dto.Name + " object of the API."));
        w.Line(EmitConstants.GeneratedCode);
        if (dto.Polymorphism is { } polymorphism)
        {
            EmitPolymorphicBase(w, dto);
            UnionEmitter.EmitUnknown(w, spec, dto, polymorphism);
            return;
        }

        w.Open((dto.Internal ? "internal" : "public") + " sealed partial record " + dto.Name + (dto.BaseName is null ? string.Empty : " : global::" + spec.Namespace + "." + dto.BaseName));
        w.Line("/// <summary>Creates an instance; the compiler asks for the members the API requires.</summary>");
        w.Line("public " + dto.Name + "()");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Line("// Used by the JSON metadata only: there, required members are checked against the payload.");
        w.Line("#pragma warning disable CS8618");
        w.Line("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]");
        w.Line("private " + dto.Name + "(bool forDeserialization)");
        w.Line("{");
        w.Line("}");
        w.Line("#pragma warning restore CS8618");

        foreach (var property in dto.Properties)
        {
            w.Line();
            w.Summary(DocComment.FirstWithText(property.Description, property.WireName, property.Name), Remarks(property));
            w.Line("[global::System.Text.Json.Serialization.JsonPropertyName(" + Identifiers.Literal(property.WireName) + ")]");
            if (property.Nullable)
            {
                w.Line("[global::System.Text.Json.Serialization.JsonIgnore(Condition = global::System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]");
            }

            var required = property.Required ? "required " : string.Empty;
            w.Line("public " + required + property.Type.Render(property.Nullable) + " " + property.Name + " { get; init; }");
        }

        w.Line();
        w.Line("/// <summary>Fields the spec does not list, kept so newer responses still parse and round-trip.</summary>");
        w.Line("[global::System.Text.Json.Serialization.JsonExtensionData]");
        w.Line("public " + EmitConstants.ExtensionDataType + "? " + EmitConstants.ExtensionDataName + " { get; init; }");
        w.Line();
        EmitPrintMembers(w, dto);
        w.Close();
    }

    /// <summary>
    /// The abstract record a discriminated oneOf/anyOf becomes: users switch on its derived
    /// records. The generated JSON metadata picks the derived record by the discriminator, and
    /// writes the discriminator whether a derived record is sent as the base or on its own.
    /// </summary>
    private static void EmitPolymorphicBase(SourceWriter w, DtoModel dto)
    {
        w.Open("public abstract partial record " + dto.Name);
        w.Line("/// <summary>Only the derived records of this spec create instances.</summary>");
        w.Line("private protected " + dto.Name + "()");
        w.Line("{");
        w.Line("}");
        w.Close();
    }

    private static string? Remarks(PropertyModel property)
    {
        var lines = new List<string>();
        if (property.IsSecret)
        {
            lines.Add("A secret: it never appears in ToString().");
        }

        if (property.KnownValues.Count > 0)
        {
            // Spec values are text like any description: the writer escapes them.
            lines.Add("Known values: " + string.Join(", ", property.KnownValues.Select(v => "\"" + v + "\"")) + ".");
        }

        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    // Records print every member by default; secrets and raw JSON must not reach logs that way.
    private static void EmitPrintMembers(SourceWriter w, DtoModel dto)
    {
        // A derived record overrides its base's printer; a sealed root record declares its own.
        if (dto.BaseName is not null)
        {
            w.Line("/// <inheritdoc />");
        }

        w.Open((dto.BaseName is null ? "private" : "protected override") + " bool PrintMembers(global::System.Text.StringBuilder builder)");
        var first = true;
        foreach (var property in dto.Properties)
        {
            var separator = first ? string.Empty : ", ";
            first = false;
            var label = Identifiers.Literal(separator + property.Name + " = ");
            w.Line("builder.Append(" + label + ");");
            w.Line("builder.Append(" + Printed(property) + ");");
        }

        var extensionLabel = Identifiers.Literal((first ? string.Empty : ", ") + EmitConstants.ExtensionDataName + " = ");
        w.Line("builder.Append(" + extensionLabel + ");");
        w.Line("builder.Append(" + EmitConstants.ExtensionDataName + " is null ? \"null\" : \"[\" + " + EmitConstants.ExtensionDataName + ".Count + \" fields]\");");
        w.Line("return true;");
        w.Close();
    }

    private static string Printed(PropertyModel property)
    {
        var isNull = property.Nullable || !property.Type.IsValueType;
        var nullCheck = isNull ? property.Name + " is null ? \"null\" : " : string.Empty;
        if (property.IsSecret)
        {
            return nullCheck + "\"***\"";
        }

        return property.Type.Kind switch
        {
            TypeKind.List => nullCheck + "\"[\" + " + property.Name + ".Count + \" items]\"",
            TypeKind.Dictionary => nullCheck + "\"[\" + " + property.Name + ".Count + \" entries]\"",
            TypeKind.Bytes => nullCheck + "\"[\" + " + property.Name + ".Length + \" bytes]\"",
            TypeKind.JsonElement => "\"(JSON)\"",
            TypeKind.String => nullCheck + "\"\\\"\" + " + property.Name + " + \"\\\"\"",
            TypeKind.Boolean when !property.Nullable => property.Name + " ? \"true\" : \"false\"",
            TypeKind.Dto => nullCheck + property.Name + ".ToString()",
            _ => nullCheck + "global::System.Convert.ToString(" + property.Name + ", global::System.Globalization.CultureInfo.InvariantCulture)",
        };
    }
}
