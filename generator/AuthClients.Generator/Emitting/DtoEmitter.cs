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

        if (spec.Dtos.Any(dto => dto.Union is null && dto.Polymorphism is null))
        {
            w.Line();
            EmitPrinter(w, spec);
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

        w.Open("public sealed partial record " + dto.Name + (dto.BaseName is null ? string.Empty : " : global::" + spec.Namespace + "." + dto.BaseName));
        w.Line("/// <summary>Creates an instance; the compiler asks for the members the API requires.</summary>");
        w.Line("public " + dto.Name + "()");
        w.Line("{");
        w.Line("}");

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

        if (dto.Variant is { } variant)
        {
            // No wire name: the generated metadata reads and writes its fields in the object's own JSON.
            w.Line();
            w.Summary(variant.Description ?? variant.Name);
            w.Line("public required " + variant.Type.FullName + " " + variant.Name + " { get; init; }");
        }

        w.Line();
        w.Line("/// <summary>Fields the spec does not list, kept so newer responses still parse and round-trip.</summary>");
        w.Line("[global::System.Text.Json.Serialization.JsonExtensionData]");
        w.Line("public " + EmitConstants.ExtensionDataType + "? " + EmitConstants.ExtensionDataName + " { get; init; }");
        w.Line();
        EmitPrintMembers(w, spec, dto);
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
    // Each member is one call into the file's printer, whose methods take exact types: binding a
    // StringBuilder.Append of a conditional concatenation per member (Append has some thirty
    // overloads) cost a consumer's cold build more than all the rest of the records together.
    private static void EmitPrintMembers(SourceWriter w, SpecModel spec, DtoModel dto)
    {
        // A derived record overrides its base's printer; a sealed root record declares its own.
        if (dto.BaseName is not null)
        {
            w.Line("/// <inheritdoc />");
        }

        w.Open((dto.BaseName is null ? "private" : "protected override") + " bool PrintMembers(global::System.Text.StringBuilder builder)");
        var first = true;
        foreach (var property in dto.Properties.Concat(dto.Variant is null ? [] : [dto.Variant]))
        {
            var label = Identifiers.Literal((first ? string.Empty : ", ") + property.Name + " = ");
            first = false;
            w.Line(spec.PrinterName + "." + Printed(property, label) + ";");
        }

        var extensionLabel = Identifiers.Literal((first ? string.Empty : ", ") + EmitConstants.ExtensionDataName + " = ");
        w.Line(spec.PrinterName + ".Count(builder, " + extensionLabel + ", " + EmitConstants.ExtensionDataName + "?.Count, \" fields]\");");
        w.Line("return true;");
        w.Close();
    }

    private static string Printed(PropertyModel property, string label)
    {
        var name = property.Name;
        var canBeNull = property.Nullable || !property.Type.IsValueType;
        var head = "(builder, " + label + ", ";
        if (property.IsSecret)
        {
            return "Secret" + head + (canBeNull ? name + " is not null" : "true") + ")";
        }

        var orNull = canBeNull ? "?" : string.Empty;
        return property.Type.Kind switch
        {
            TypeKind.List => "Count" + head + name + orNull + ".Count, \" items]\")",
            TypeKind.Dictionary => "Count" + head + name + orNull + ".Count, \" entries]\")",
            TypeKind.Bytes => "Count" + head + name + orNull + ".Length, \" bytes]\")",
            TypeKind.JsonElement => "Json(builder, " + label + ")",
            TypeKind.String => "Text" + head + name + ")",
            TypeKind.Boolean => "Flag" + head + name + ")",
            _ => "Value" + head + name + ")",
        };
    }

    // One per file (file-local, so two specs in one project never clash): what every record's
    // PrintMembers calls.
    private static void EmitPrinter(SourceWriter w, SpecModel spec)
    {
        const string Builder = "global::System.Text.StringBuilder builder, string label";
        w.Line("/// <summary>How the records above print their members: secrets masked, raw JSON and collections never in full.</summary>");
        w.Line(EmitConstants.GeneratedCode);
        w.Open("file static class " + spec.PrinterName);
        w.Line("public static void Text(" + Builder + ", string? value) => builder.Append(label).Append(value is null ? \"null\" : \"\\\"\" + value + \"\\\"\");");
        w.Line();
        w.Line("public static void Secret(" + Builder + ", bool isSet) => builder.Append(label).Append(isSet ? \"***\" : \"null\");");
        w.Line();
        w.Line("public static void Count(" + Builder + ", int? count, string unit) => builder.Append(label).Append(count is null ? \"null\" : \"[\" + count.Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + unit);");
        w.Line();
        w.Line("public static void Json(" + Builder + ") => builder.Append(label).Append(\"(JSON)\");");
        w.Line();
        w.Line("public static void Flag(" + Builder + ", bool? value) => builder.Append(label).Append(value is null ? \"null\" : value.Value ? \"true\" : \"false\");");
        w.Line();
        w.Line("public static void Value(" + Builder + ", object? value) => builder.Append(label).Append(value is null ? \"null\" : global::System.Convert.ToString(value, global::System.Globalization.CultureInfo.InvariantCulture));");
        w.Close();
    }
}
