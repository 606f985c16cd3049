using System.Collections.Generic;
using System.Linq;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// The JSON side of unions, emitted into the context: a converter per union record and per
/// record hierarchy, reached through the context's metadata like any other type, so nothing
/// needs reflection. A payload is parsed once into a JsonElement, then read as the option the
/// discriminator names, or as the first option whose JSON kind fits and that reads without
/// error; what matches nothing is kept raw, never thrown away.
/// </summary>
internal static class UnionJsonEmitter
{
    /// <summary>The context's helpers every converter shares (names reserved by <see cref="JsonContextNames"/>).</summary>
    public const string TryRead = "TryReadUnionOption";
    public const string Write = "WriteUnionOption";
    public const string DiscriminatorOf = "DiscriminatorOf";
    public const string UnknownConverter = "UnknownRecordConverter";

    private const string Metadata = "global::System.Text.Json.Serialization.Metadata";
    private const string Options = "global::System.Text.Json.JsonSerializerOptions";
    private const string Element = "global::System.Text.Json.JsonElement";
    private const string Kind = "global::System.Text.Json.JsonValueKind";

    public static bool HasConverter(DtoModel dto) => dto.Union is not null || dto.Polymorphism is not null;

    /// <summary>The metadata factory's body: a value info over the type's converter.</summary>
    public static void EmitInfo(SourceWriter w, JsonContextNames names, DtoModel dto, string type) =>
        w.Line("var info = global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<" + type + ">(options, new " + names.Converter(dto.Name) + "());");

    public static bool IsUnknownRecord(SpecModel spec, string typeName) =>
        spec.Dtos.Any(d => d.Polymorphism is { } p && typeName == "global::" + spec.Namespace + "." + p.UnknownName);

    /// <summary>The metadata of a hierarchy's unknown-kind record: its JSON is written as it came.</summary>
    public static void EmitUnknownInfo(SourceWriter w, string type) =>
        w.Line("var info = global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<" + type + ">(options, new "
            + UnknownConverter + "<" + type + ">(static json => new " + type + "(json), static value => value.Json));");

    public static void EmitConverter(SourceWriter w, SpecModel spec, JsonContextNames names, DtoModel dto, string type)
    {
        w.Line();
        w.Open("private sealed class " + names.Converter(dto.Name) + " : global::System.Text.Json.Serialization.JsonConverter<" + type + ">");
        w.Open("public override " + type + " Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, " + Options + " options)");
        w.Line("var json = " + Element + ".ParseValue(ref reader);");
        if (dto.Polymorphism is { } polymorphism)
        {
            EmitHierarchyRead(w, spec, polymorphism);
        }
        else
        {
            EmitUnionRead(w, spec, dto.Union!, type);
        }

        w.Close();
        w.Line();
        w.Open("public override void Write(global::System.Text.Json.Utf8JsonWriter writer, " + type + " value, " + Options + " options)");
        if (dto.Polymorphism is { } hierarchy)
        {
            EmitHierarchyWrite(w, spec, dto, hierarchy);
        }
        else
        {
            EmitUnionWrite(w, dto.Union!);
        }

        w.Close();
        w.Close();
    }

    private static void EmitHierarchyRead(SourceWriter w, SpecModel spec, PolymorphismModel polymorphism)
    {
        w.Line("switch (" + DiscriminatorOf + "(json, " + Identifiers.Literal(polymorphism.DiscriminatorProperty) + "))");
        w.Line("{");
        foreach (var derived in polymorphism.DerivedTypes)
        {
            var derivedType = "global::" + spec.Namespace + "." + derived.Name;
            w.Line("    case " + Identifiers.Literal(derived.DiscriminatorValue) + ":");
            w.Line("        return global::System.Text.Json.JsonSerializer.Deserialize(json, (" + Metadata + ".JsonTypeInfo<" + derivedType + ">)options.GetTypeInfo(typeof(" + derivedType + ")))!;");
        }

        w.Line("    default:");
        w.Line("        // A kind the document does not list yet: kept, so one new kind does not fail the whole response.");
        w.Line("        return new global::" + spec.Namespace + "." + polymorphism.UnknownName + "(json);");
        w.Line("}");
    }

    private static void EmitHierarchyWrite(SourceWriter w, SpecModel spec, DtoModel dto, PolymorphismModel polymorphism)
    {
        // Each derived record's own metadata writes the discriminator, so it is the same sent alone.
        w.Line("switch (value)");
        w.Line("{");
        var i = 1;
        foreach (var derived in polymorphism.DerivedTypes)
        {
            w.Line("    case global::" + spec.Namespace + "." + derived.Name + " option" + (i++).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":");
            w.Line("        " + Write + "(writer, option" + (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ", options);");
            w.Line("        return;");
        }

        w.Line("    case global::" + spec.Namespace + "." + polymorphism.UnknownName + " unknown:");
        w.Line("        unknown.Json.WriteTo(writer);");
        w.Line("        return;");
        w.Line("    default:");
        w.Line("        throw new global::System.Text.Json.JsonException(\"A " + dto.Name + " of a type this API does not know: \" + value.GetType().Name);");
        w.Line("}");
    }

    private static void EmitUnionRead(SourceWriter w, SpecModel spec, UnionModel union, string type)
    {
        if (union.DiscriminatorProperty is { } property && union.Options.Any(o => o.DiscriminatorValues.Count > 0))
        {
            w.Line("switch (" + DiscriminatorOf + "(json, " + Identifiers.Literal(property) + "))");
            w.Line("{");
            for (var i = 0; i < union.Options.Count; i++)
            {
                var option = union.Options[i];
                if (option.DiscriminatorValues.Count == 0)
                {
                    continue;
                }

                foreach (var value in option.DiscriminatorValues)
                {
                    w.Line("    case " + Identifiers.Literal(value) + ":");
                }

                w.Line("        if (" + TryRead + "<" + option.Type.FullName + ">(json, options, out var named" + UnionEmitter.Tag(i) + "))");
                w.Line("        {");
                w.Line("            return " + type + ".From" + option.Name + "(named" + UnionEmitter.Tag(i) + ");");
                w.Line("        }");
                w.Line();
                w.Line("        break;");
            }

            w.Line("}");
            w.Line();
        }

        // Integers before numbers (3 is both), raw JSON last (it fits anything).
        var ordered = union.Options.Select((option, index) => (option, index))
            .OrderBy(o => o.option.Type.Kind == TypeKind.JsonElement ? 2 : o.option.Type.Kind == TypeKind.Double ? 1 : 0)
            .ToList();

        // Records keep fields they do not declare, so several may read one object: the one that
        // declares all its fields wins at once, else the one with the fewest left over.
        var records = ordered.Count(o => IsRecord(spec, o.option.Type));
        if (records > 1)
        {
            w.Line(type + "? best = null;");
            w.Line("var leftOver = int.MaxValue;");
        }

        var pending = records > 1;
        foreach (var (option, index) in ordered)
        {
            var gate = Gate(spec, option.Type);
            var local = "option" + UnionEmitter.Tag(index);
            if (gate is null && pending)
            {
                EmitBest(w);
                pending = false;
            }

            w.Line("if (" + (gate is null ? string.Empty : gate + " && ") + TryRead + "<" + option.Type.FullName + ">(json, options, out var " + local + "))");
            w.Line("{");
            if (records > 1 && IsRecord(spec, option.Type))
            {
                w.Line("    var unknown = " + local + "." + EmitConstants.ExtensionDataName + "?.Count ?? 0;");
                w.Line("    if (unknown == 0)");
                w.Line("    {");
                w.Line("        return " + type + ".From" + option.Name + "(" + local + ");");
                w.Line("    }");
                w.Line();
                w.Line("    if (unknown < leftOver)");
                w.Line("    {");
                w.Line("        (best, leftOver) = (" + type + ".From" + option.Name + "(" + local + "), unknown);");
                w.Line("    }");
            }
            else
            {
                w.Line("    return " + type + ".From" + option.Name + "(" + local + ");");
            }

            w.Line("}");
            w.Line();
        }

        if (pending)
        {
            EmitBest(w);
        }

        w.Line("return " + type + ".FromJson(json);");
    }

    private static void EmitBest(SourceWriter w)
    {
        w.Line("if (best is not null)");
        w.Line("{");
        w.Line("    return best;");
        w.Line("}");
        w.Line();
    }

    /// <summary>A plain record (not a union or hierarchy): it has extension data to count.</summary>
    private static bool IsRecord(SpecModel spec, TypeModel type) =>
        type.Kind == TypeKind.Dto && spec.Dtos.Any(d => d.Union is null && d.Polymorphism is null && type.FullName == "global::" + spec.Namespace + "." + d.Name);

    private static void EmitUnionWrite(SourceWriter w, UnionModel union)
    {
        for (var i = 0; i < union.Options.Count; i++)
        {
            var local = "option" + UnionEmitter.Tag(i);
            w.Line("if (value.TryGet" + union.Options[i].Name + "(out var " + local + "))");
            w.Line("{");
            w.Line("    " + Write + "(writer, " + local + ", options);");
            w.Line("    return;");
            w.Line("}");
            w.Line();
        }

        w.Line("value.TryGetUnmatched(out var json);");
        w.Line("json.WriteTo(writer);");
    }

    /// <summary>The JSON kind an option can be read from, checked before trying (exceptions are slow); null when any may do.</summary>
    private static string? Gate(SpecModel spec, TypeModel type) => type.Kind switch
    {
        TypeKind.String or TypeKind.DateTimeOffset or TypeKind.Bytes => "json.ValueKind == " + Kind + ".String",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double => "json.ValueKind == " + Kind + ".Number",
        TypeKind.Boolean => "json.ValueKind is " + Kind + ".True or " + Kind + ".False",
        TypeKind.List => "json.ValueKind == " + Kind + ".Array",
        TypeKind.Dictionary => "json.ValueKind == " + Kind + ".Object",
        TypeKind.Dto when !IsUnion(spec, type) => "json.ValueKind == " + Kind + ".Object",
        _ => null,
    };

    private static bool IsUnion(SpecModel spec, TypeModel type) =>
        spec.Dtos.Any(d => d.Union is not null && type.FullName == "global::" + spec.Namespace + "." + d.Name);

    /// <summary>The helpers the converters share, emitted once per context.</summary>
    public static void EmitHelpers(SourceWriter w) => w.Lines($$"""
        private static bool {{TryRead}}<T>({{Element}} json, {{Options}} options, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
        {
            try
            {
                value = global::System.Text.Json.JsonSerializer.Deserialize(json, ({{Metadata}}.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
                return value is not null;
            }
            catch (global::System.Text.Json.JsonException)
            {
                // Not this option: the next one is tried.
                value = default;
                return false;
            }
        }

        private static void {{Write}}<T>(global::System.Text.Json.Utf8JsonWriter writer, T value, {{Options}} options) =>
            global::System.Text.Json.JsonSerializer.Serialize(writer, value, ({{Metadata}}.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

        private sealed class {{UnknownConverter}}<T> : global::System.Text.Json.Serialization.JsonConverter<T>
        {
            private readonly global::System.Func<{{Element}}, T> _create;
            private readonly global::System.Func<T, {{Element}}> _json;

            public {{UnknownConverter}}(global::System.Func<{{Element}}, T> create, global::System.Func<T, {{Element}}> json)
            {
                _create = create;
                _json = json;
            }

            public override T Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, {{Options}} options) =>
                _create({{Element}}.ParseValue(ref reader));

            public override void Write(global::System.Text.Json.Utf8JsonWriter writer, T value, {{Options}} options) =>
                _json(value).WriteTo(writer);
        }

        private static string? {{DiscriminatorOf}}({{Element}} json, string property) =>
            json.ValueKind == {{Kind}}.Object && json.TryGetProperty(property, out var value) && value.ValueKind == {{Kind}}.String ? value.GetString() : null;
        """);

    /// <summary>The discriminator property info a derived record's metadata starts with, so it is written even when the record is sent alone.</summary>
    public static IEnumerable<string> DiscriminatorProperty(SpecModel spec, DtoModel dto, string type)
    {
        var parent = spec.Dtos.FirstOrDefault(d => d.Name == dto.BaseName)?.Polymorphism;
        var value = parent?.DerivedTypes.FirstOrDefault(d => d.Name == dto.Name)?.DiscriminatorValue;
        if (parent is null || value is null)
        {
            yield break;
        }

        var wire = Identifiers.Literal(parent.DiscriminatorProperty);
        yield return JsonContextNames.PropertyInfoHelper + "<string>(options, declaringType, " + wire + ", " + wire + ", static _ => " + Identifiers.Literal(value) + ", null!, false, false)";
    }
}
