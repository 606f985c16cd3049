using System.Globalization;
using System.Linq;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// Emits the records a user switches on: a union record with one typed accessor per option
/// (<c>FromX</c>, <c>IsX</c>, <c>TryGetX</c>, <c>Match</c>), and, beside a record hierarchy's
/// base, the record that keeps a payload whose discriminator the spec does not list.
/// Reading and writing them is the JSON context's job (<see cref="UnionJsonEmitter"/>).
/// </summary>
internal static class UnionEmitter
{
    private const string Element = "global::System.Text.Json.JsonElement";

    /// <summary>The value <c>_option</c> holds for the option at <paramref name="index"/>; 0 is the raw JSON.</summary>
    public static string Tag(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    public static void EmitUnion(SourceWriter w, SpecModel spec, DtoModel dto, UnionModel union)
    {
        var name = dto.Name;
        var optionList = string.Join(", ", union.Options.Select(o => o.Type.Kind == TypeKind.Dto ? o.Name : Describe(o.Type)));
        w.Summary(
            DocComment.FirstWithText(dto.Description, "One of: " + optionList + "."),
            "Holds exactly one option: read it with the TryGet and Is members or Match, make one with the From members"
            + " (or an implicit conversion). A payload that matches no option is kept as its raw JSON (IsUnmatched).");
        w.Line(EmitConstants.GeneratedCode);
        w.Open("public sealed partial record " + name);
        w.Line("private readonly object _value;");
        w.Line("private readonly int _option;");
        w.Line();
        w.Line("private " + name + "(int option, object value)");
        w.Line("{");
        w.Line("    _option = option;");
        w.Line("    _value = value;");
        w.Line("}");
        for (var i = 0; i < union.Options.Count; i++)
        {
            EmitOption(w, name, union.Options[i], Tag(i));
        }

        w.Line();
        w.Line("/// <summary>Keeps a payload that matches no option, as its raw JSON.</summary>");
        w.Line("public static " + name + " FromJson(" + Element + " json) => new(0, json);");
        w.Line();
        w.Line("/// <summary>True when the payload matched no option; <see cref=\"TryGetUnmatched\"/> gives its raw JSON.</summary>");
        w.Line("public bool IsUnmatched => _option == 0;");
        w.Line();
        w.Line("/// <summary>The raw JSON of a payload that matched no option.</summary>");
        w.Open("public bool TryGetUnmatched(out " + Element + " json)");
        w.Line("json = _option == 0 ? (" + Element + ")_value : default;");
        w.Line("return _option == 0;");
        w.Close();
        EmitMatch(w, union);
        EmitPrintMembers(w, union);
        w.Close();
    }

    private static void EmitOption(SourceWriter w, string union, UnionOptionModel option, string tag)
    {
        var type = option.Type.FullName;
        var described = DocComment.Inline(Describe(option.Type));
        w.Line();
        w.Line("/// <summary>A value that is " + described + ".</summary>");
        var value = option.Type.IsValueType ? "value" : "value ?? throw new global::System.ArgumentNullException(nameof(value))";
        w.Line("public static " + union + " From" + option.Name + "(" + type + " value) => new(" + tag + ", " + value + ");");
        if (!IsInterfaceOrRaw(option.Type))
        {
            w.Line();
            w.Line("/// <summary>Wraps a value that is " + described + ".</summary>");
            w.Line("public static implicit operator " + union + "(" + type + " value) => From" + option.Name + "(value);");
        }

        w.Line();
        w.Line("/// <summary>True when the value is " + described + ".</summary>");
        w.Line("public bool Is" + option.Name + " => _option == " + tag + ";");
        w.Line();
        w.Line("/// <summary>The value, when it is " + described + ".</summary>");
        if (option.Type.IsValueType)
        {
            w.Open("public bool TryGet" + option.Name + "(out " + type + " value)");
            w.Line("value = _option == " + tag + " ? (" + type + ")_value : default;");
        }
        else
        {
            w.Open("public bool TryGet" + option.Name + "([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + type + "? value)");
            w.Line("value = _option == " + tag + " ? (" + type + ")_value : null;");
        }

        w.Line("return _option == " + tag + ";");
        w.Close();
    }

    private static void EmitMatch(SourceWriter w, UnionModel union)
    {
        w.Line();
        w.Line("/// <summary>Calls the function for the option the value holds, or <paramref name=\"unmatched\"/> with the raw JSON of a payload that matched none.</summary>");
        foreach (var option in union.Options)
        {
            w.Line("/// <param name=\"" + Parameter(option).TrimStart('@') + "\">Called when the value is " + DocComment.Inline(Describe(option.Type)) + ".</param>");
        }

        w.Line("/// <param name=\"unmatched\">Called with the raw JSON of a payload that matched no option.</param>");
        w.Line("/// <typeparam name=\"TResult\">What every function returns.</typeparam>");
        w.Line("/// <returns>What the called function returned.</returns>");
        var parameters = union.Options.Select(o => "global::System.Func<" + o.Type.FullName + ", TResult> " + Parameter(o))
            .Concat(new[] { "global::System.Func<" + Element + ", TResult> unmatched" });
        w.Line("public TResult Match<TResult>(" + string.Join(", ", parameters) + ") => _option switch");
        w.Line("{");
        for (var i = 0; i < union.Options.Count; i++)
        {
            w.Line("    " + Tag(i) + " => " + Parameter(union.Options[i]) + "((" + union.Options[i].Type.FullName + ")_value),");
        }

        w.Line("    _ => unmatched((" + Element + ")_value),");
        w.Line("};");
    }

    // Prints which option is held, never the value: a value may carry secrets or raw JSON.
    private static void EmitPrintMembers(SourceWriter w, UnionModel union)
    {
        w.Line();
        w.Open("private bool PrintMembers(global::System.Text.StringBuilder builder)");
        w.Line("builder.Append(\"Option = \");");
        w.Line("builder.Append(_option switch");
        w.Line("{");
        for (var i = 0; i < union.Options.Count; i++)
        {
            w.Line("    " + Tag(i) + " => " + Identifiers.Literal(union.Options[i].Name) + ",");
        }

        w.Line("    _ => \"Unmatched\",");
        w.Line("});");
        w.Line("return true;");
        w.Close();
    }

    /// <summary>
    /// The record a hierarchy's payload becomes when its discriminator is missing or not one the
    /// spec lists: the JSON as it came, so nothing is lost and it can be sent back unchanged.
    /// </summary>
    public static void EmitUnknown(SourceWriter w, SpecModel spec, DtoModel dto, PolymorphismModel polymorphism)
    {
        var name = polymorphism.UnknownName;
        var property = Identifiers.Literal(polymorphism.DiscriminatorProperty);
        w.Line();
        w.Summary("A " + dto.Name + " whose " + polymorphism.DiscriminatorProperty + " this API's document does not list (or that has none): its raw JSON, kept as it came.");
        w.Line(EmitConstants.GeneratedCode);
        w.Open("public sealed partial record " + name + " : global::" + spec.Namespace + "." + dto.Name);
        w.Line("/// <summary>Keeps <paramref name=\"json\"/> as it came.</summary>");
        w.Line("/// <param name=\"json\">The payload.</param>");
        w.Line("public " + name + "(" + Element + " json)");
        w.Line("{");
        w.Line("    Json = json;");
        w.Line("}");
        w.Line();
        w.Line("/// <summary>The payload as it came.</summary>");
        w.Line("public " + Element + " Json { get; }");
        w.Line();
        w.Line("/// <summary>The discriminator's value as sent, or null when the payload has none.</summary>");
        w.Line("public string? Discriminator => Json.ValueKind == global::System.Text.Json.JsonValueKind.Object && Json.TryGetProperty(" + property
            + ", out var value) && value.ValueKind == global::System.Text.Json.JsonValueKind.String ? value.GetString() : null;");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Open("protected override bool PrintMembers(global::System.Text.StringBuilder builder)");
        w.Line("builder.Append(\"Discriminator = \");");
        w.Line("builder.Append(Discriminator is null ? \"null\" : \"\\\"\" + Discriminator + \"\\\"\");");
        w.Line("builder.Append(\", Json = (JSON)\");");
        w.Line("return true;");
        w.Close();
        w.Close();
    }

    private static string Parameter(UnionOptionModel option) => Identifiers.ToCamelCase(option.Name);

    // An implicit conversion from an interface (lists, maps) is not allowed in C#, and one from
    // JsonElement would hide that the payload was not typed.
    private static bool IsInterfaceOrRaw(TypeModel type) =>
        type.Kind is TypeKind.List or TypeKind.Dictionary or TypeKind.ExtensionData or TypeKind.JsonElement;

    private static string Describe(TypeModel type)
    {
        var noun = Noun(type);
        return (noun.StartsWith("bytes", System.StringComparison.Ordinal) ? string.Empty : "aeiouAEIOU".IndexOf(noun[0]) >= 0 ? "an " : "a ") + noun;
    }

    private static string Noun(TypeModel type) => type.Kind switch
    {
        TypeKind.Dto => type.MetadataName,
        TypeKind.List => "list of " + Noun(type.Element!),
        TypeKind.Dictionary => "map of " + Noun(type.Element!),
        TypeKind.String => "string",
        TypeKind.Boolean => "boolean",
        TypeKind.Int32 or TypeKind.Int64 => "integer",
        TypeKind.Double => "number",
        TypeKind.DateTimeOffset => "date and time",
        TypeKind.Bytes => "bytes (base64)",
        _ => "JSON value",
    };
}
