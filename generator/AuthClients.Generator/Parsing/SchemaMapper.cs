using System.Collections.Generic;
using System.Linq;
using AuthClients.Generator.Diagnostics;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;
using Microsoft.OpenApi;
using static AuthClients.Generator.Parsing.Schemas;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// Maps OpenAPI schemas to C# types and collects the DTO records they need: one per
/// object schema under components/schemas, plus one per inline object schema.
/// </summary>
internal sealed partial class SchemaMapper
{
    private readonly string _namespace;
    private readonly YamlLocator _locator;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly Dictionary<string, DtoModel> _dtos = new();
    private readonly Dictionary<IOpenApiSchema, string> _dtoNames = new(ByIdentity.Instance);

    // Every type name taken in the client's namespace: the DTOs', and the client's own
    // interface, implementation and JSON context, which a schema may be named like.
    private readonly HashSet<string> _typeNames;
    private readonly HashSet<IOpenApiSchema> _inProgress = new(ByIdentity.Instance);
    private readonly KeywordCheck _keywords;

    // Option schema → (its base record, the discriminator property it leaves to the base).
    private readonly Dictionary<IOpenApiSchema, (string BaseName, string Discriminator)> _bases = new(ByIdentity.Instance);

    public SchemaMapper(OpenApiDocument document, string globalNamespace, IEnumerable<string> clientTypeNames, YamlLocator locator, List<DiagnosticInfo> diagnostics)
    {
        // A record may not be named like one of its own members (CS0542), so those are taken too.
        _typeNames = new HashSet<string>(clientTypeNames.Concat(RecordMembers), System.StringComparer.Ordinal);
        _namespace = globalNamespace;
        _locator = locator;
        _diagnostics = diagnostics;
        _keywords = new KeywordCheck(locator, diagnostics);
        var components = (document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
            .Select(c => new KeyValuePair<string, IOpenApiSchema?>(c.Key, Resolve(c.Value)))
            .ToList();
        foreach (var component in components)
        {
            if (component.Value is not null)
            {
                _keywords.Check(component.Value, JsonPointer.Append("#/components/schemas", component.Key));
            }
        }

        foreach (var component in components)
        {
            if (component.Value is not null && (IsObject(component.Value) || VariantOf(component.Value) is not null))
            {
                var pointer = "#/components/schemas/" + component.Key;
                var name = TypeName(component.Key, pointer);
                var unique = Unique(name);
                if (unique != name)
                {
                    // Names that differ only by case or punctuation, or a schema named like the client.
                    _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.NameCollision.Id, pointer, component.Key, name, unique));
                }

                Reserve(component.Value, unique);
            }
        }

        foreach (var component in components)
        {
            if (component.Value is not null && IsUnion(component.Value))
            {
                ReservePolymorphic(component.Key, component.Value, JsonPointer.Append("#/components/schemas", component.Key));
            }
        }

        foreach (var component in components)
        {
            if (component.Value is not null && !_dtoNames.ContainsKey(component.Value) && IsPlainUnion(component.Value))
            {
                ReserveUnion(component.Key, component.Value, JsonPointer.Append("#/components/schemas", component.Key));
            }
        }

        foreach (var component in components)
        {
            if (component.Value is not null && (IsObject(component.Value) || VariantOf(component.Value) is not null))
            {
                BuildDto(component.Value, JsonPointer.Append("#/components/schemas", component.Key));
            }
        }

        BuildReservedUnions();
    }

    private static bool IsUnion(IOpenApiSchema schema) =>
        (OneOfOf(schema).Count > 0 || AnyOfOf(schema).Count > 0) && PropertiesOf(schema).Count == 0 && AllOfOf(schema).Count == 0
        && NullOption(schema) is null;

    /// <summary>
    /// A component oneOf/anyOf with a discriminator whose options are all object components,
    /// none an option elsewhere, becomes an abstract record they derive from, plus a record
    /// for payloads whose discriminator the spec does not list; anything else is a union
    /// record (<see cref="ReserveUnion"/>). An object without members gets no record (it is
    /// free-form JSON), so it cannot be a derived one.
    /// </summary>
    private void ReservePolymorphic(string key, IOpenApiSchema schema, string pointer)
    {
        var references = OneOfOf(schema).Count > 0 ? OneOfOf(schema) : AnyOfOf(schema);
        var options = references.Select(Resolve).ToList();
        var property = schema.Discriminator?.PropertyName;
        if (string.IsNullOrEmpty(property)
            || options.Any(o => o is null || !_dtoNames.ContainsKey(o) || _bases.ContainsKey(o) || Members(o).Count == 0 || VariantOf(o) is not null)
            || references.Any(r => ReferenceIdOf(r) is null)
            || options.Distinct(ByIdentity.Instance!).Count() != options.Count)
        {
            return;
        }

        var name = Reserve(schema, Unique(TypeName(key, pointer)));
        var unknown = Unique("Unknown" + name);
        _typeNames.Add(unknown);
        var mapping = schema.Discriminator!.Mapping ?? new Dictionary<string, OpenApiSchemaReference>();
        var derived = new List<DerivedTypeModel>();
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i]!;
            var id = ReferenceIdOf(references[i])!;
            var mapped = mapping.Where(m => m.Value?.Reference?.Id == id).Select(m => m.Key).FirstOrDefault();
            derived.Add(new DerivedTypeModel(_dtoNames[option], mapped ?? id));
            _bases[option] = (name, property!);
        }

        _dtos[name] = new DtoModel(
            name,
            schema.Description ?? schema.Title,
            EquatableArray<PropertyModel>.Empty,
            Polymorphism: new PolymorphismModel(property!, derived.ToEquatableArray(), unknown));
    }

    /// <summary>The DTOs, ordered by name so the output does not depend on spec order.</summary>
    public IEnumerable<DtoModel> Dtos => _dtos.Values.OrderBy(d => d.Name, System.StringComparer.Ordinal);

    public bool TryGetDto(TypeModel type, out DtoModel dto) =>
        _dtos.TryGetValue(type.FullName.Substring(type.FullName.LastIndexOf('.') + 1), out dto!);

    /// <summary>The C# type for <paramref name="schema"/>; inline objects become DTOs named <paramref name="inlineName"/>.</summary>
    public TypeModel Map(IOpenApiSchema? written, string pointer, string inlineName)
    {
        if (written is null)
        {
            return TypeModel.JsonElement;
        }

        var schema = Resolve(written);
        if (schema is null)
        {
            _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.UnresolvedReference.Id, pointer, ReferenceOf(written) ?? "$ref"));
            return TypeModel.JsonElement;
        }

        if (written is not OpenApiSchemaReference)
        {
            // A component's keywords were checked once, where it is declared.
            _keywords.Check(schema, pointer);
        }

        // allOf of one schema is how OpenAPI 3.0 puts a description or nullable beside a $ref:
        // it is that schema (unless it is a component of its own, which gets its own record).
        // Parts that only annotate (a description, nullable, required) do not count.
        if (AllOfOf(schema).Count > 0 && PropertiesOf(schema).Count == 0 && OneOfOf(schema).Count == 0 && AnyOfOf(schema).Count == 0
            && schema.Not is null && !_dtoNames.ContainsKey(schema)
            && AllOfOf(schema).Where(part => !IsAnnotation(part)).ToList() is { Count: 1 } meaningful)
        {
            var index = AllOfOf(schema).IndexOf(meaningful[0]).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Map(meaningful[0], JsonPointer.Append(JsonPointer.Append(pointer, "allOf"), index), inlineName);
        }

        // 3.1's "this, or null": oneOf/anyOf of a schema and {type: "null"} is that schema
        // (the property's nullability says the rest).
        if (NullOption(schema) is { } nonNull && !_dtoNames.ContainsKey(schema))
        {
            var keyword = OneOfOf(schema).Count > 0 ? "oneOf" : "anyOf";
            var index = (OneOfOf(schema).Count > 0 ? OneOfOf(schema) : AnyOfOf(schema)).IndexOf(nonNull);
            return Map(nonNull, JsonPointer.Append(JsonPointer.Append(pointer, keyword), index.ToString(System.Globalization.CultureInfo.InvariantCulture)), inlineName);
        }

        if (_dtoNames.TryGetValue(schema, out var union) && _dtos.TryGetValue(union, out var unionDto) && unionDto.Polymorphism is not null)
        {
            return new TypeModel(TypeKind.Dto, _namespace + "." + union);
        }

        if (_unionPointers.ContainsKey(schema))
        {
            return new TypeModel(TypeKind.Dto, _namespace + "." + _dtoNames[schema]);
        }

        if (!IsObject(schema) && (OneOfOf(schema).Count > 0 || AnyOfOf(schema).Count > 0 || AllOfOf(schema).Count > 0 || schema.Not is not null))
        {
            if (VariantOf(schema) is not null)
            {
                if (!_dtoNames.TryGetValue(schema, out var withVariant))
                {
                    withVariant = Reserve(schema, Unique(TypeName(inlineName, pointer)));
                    BuildDto(schema, pointer);
                }

                return new TypeModel(TypeKind.Dto, _namespace + "." + withVariant);
            }

            if (MapInlineUnion(schema, pointer, inlineName) is { } unionType)
            {
                return unionType;
            }

            var construct = OneOfOf(schema).Count > 0 ? "oneOf" : AnyOfOf(schema).Count > 0 ? "anyOf" : AllOfOf(schema).Count > 0 ? "allOf of parts that are not all objects" : "not";
            Unsupported(pointer, construct, inlineName, "JsonElement (the raw JSON)");
            return TypeModel.JsonElement;
        }

        if (IsTypeUnion(schema))
        {
            if (MapInlineUnion(schema, pointer, inlineName) is { } unionType)
            {
                return unionType;
            }

            Unsupported(pointer, "The type array [" + string.Join(", ", OpenApiTypeMapper.ToIdentifiers(NonNullType(schema)!.Value)) + "]", inlineName, "JsonElement (the raw JSON)");
            return TypeModel.JsonElement;
        }

        switch (NonNullType(schema) ?? ImpliedType(schema))
        {
            case JsonSchemaType.String:
                return schema.Format switch
                {
                    "date-time" => TypeModel.DateTimeOffset,
                    "binary" or "byte" => TypeModel.Bytes,
                    _ => ContentEncoded(schema, pointer, inlineName),
                };
            case JsonSchemaType.Integer:
                return schema.Format == "int32" ? TypeModel.Int32 : TypeModel.Int64;
            case JsonSchemaType.Number:
                return TypeModel.Double;
            case JsonSchemaType.Boolean:
                return TypeModel.Boolean;
            case JsonSchemaType.Array:
                if (schema.Items is null)
                {
                    Unsupported(pointer, "An array without 'items'", inlineName, "a list of JsonElement");
                    return TypeModel.ListOf(TypeModel.JsonElement);
                }

                return TypeModel.ListOf(Map(schema.Items, JsonPointer.Append(pointer, "items"), inlineName + "Item"));
        }

        if (IsObject(schema))
        {
            if (Members(schema).Count == 0)
            {
                // A map ("additionalProperties: {schema}") is a dictionary of that schema's type;
                // a free-form object ("user": {...}) keeps the JSON as it came.
                return schema.AdditionalProperties is { } values && Resolve(values) is { } resolved && !IsEmpty(values, resolved)
                    ? TypeModel.DictionaryOf(Map(values, JsonPointer.Append(pointer, "additionalProperties"), inlineName + "Value"))
                    : TypeModel.JsonElement;
            }

            if (!_dtoNames.TryGetValue(schema, out var name))
            {
                name = Reserve(schema, Unique(TypeName(inlineName, pointer)));
                BuildDto(schema, pointer);
            }

            return new TypeModel(TypeKind.Dto, _namespace + "." + name);
        }

        if (NonNullType(schema) is { } other)
        {
            Unsupported(pointer, "The type '" + string.Join(", ", OpenApiTypeMapper.ToIdentifiers(other)) + "'", inlineName, "JsonElement (the raw JSON)");
        }

        return TypeModel.JsonElement;
    }

    /// <summary>
    /// The type a schema without <c>type</c> still has: a <c>const</c>, or an enum whose
    /// values (null aside) are all strings, is a string.
    /// </summary>
    private static JsonSchemaType? ImpliedType(IOpenApiSchema schema) =>
        schema.Const is not null
        || (schema.Enum is { Count: > 0 } values && values.Where(v => !JsonValues.IsNull(v)).All(v => JsonValues.AsString(v) is not null) && values.Any(v => !JsonValues.IsNull(v)))
            ? JsonSchemaType.String
            : null;

    /// <summary>
    /// A string whose <c>contentEncoding</c> is base64 carries bytes (JSON Schema 2020-12's
    /// way of writing 3.0's <c>format: byte</c>); any other encoding stays the string sent.
    /// Without an encoding, a <c>contentMediaType</c> that is not text (octet-stream, an image)
    /// is how 3.1 writes 3.0's <c>format: binary</c>: bytes, a file part in multipart.
    /// </summary>
    private TypeModel ContentEncoded(IOpenApiSchema schema, string pointer, string inlineName)
    {
        var encoding = (schema as OpenApiSchema)?.ContentEncoding;
        if (encoding is null)
        {
            return (schema as OpenApiSchema)?.ContentMediaType is { Length: > 0 } mediaType && IsBinaryMediaType(MediaTypes.Essence(mediaType))
                ? TypeModel.Bytes
                : TypeModel.String;
        }

        if (encoding == "base64")
        {
            return TypeModel.Bytes;
        }

        Unsupported(JsonPointer.Append(pointer, "contentEncoding"), "The content encoding '" + encoding + "'", inlineName, "the encoded string");
        return TypeModel.String;
    }

    /// <summary>
    /// An object: typed "object", or untyped with properties or a map's value schema, or an
    /// allOf whose parts are all objects (merged into one record). A oneOf/anyOf whose options
    /// only annotate (<c>oneOf: [{required: [a]}, {required: [b]}]</c>, "a or b must be there")
    /// constrains the object without changing its shape.
    /// </summary>
    private static bool IsObject(IOpenApiSchema schema) => IsObject(schema, new HashSet<IOpenApiSchema>(ByIdentity.Instance));

    // Parts may name each other (A's allOf names B, B's names A): a schema met again on the way
    // is no object by that way, so the walk ends.
    private static bool IsObject(IOpenApiSchema schema, HashSet<IOpenApiSchema> visiting)
    {
        if (!visiting.Add(schema))
        {
            return false;
        }

        try
        {
            return (OneOfOf(schema).All(IsAnnotation) && AnyOfOf(schema).All(IsAnnotation) && schema.Not is null)
                && (AllOfOf(schema).Count > 0
                    ? (NonNullType(schema) is null || Is(schema, JsonSchemaType.Object))
                        && AllOfOf(schema).All(part => IsAnnotation(part) || (Resolve(part) is { } resolved && (IsObject(resolved, visiting) || VariantOf(resolved, visiting) == -1)))
                        && AllOfOf(schema).Any(part => !IsAnnotation(part))
                    : Is(schema, JsonSchemaType.Object) || (NonNullType(schema) is null && (PropertiesOf(schema).Count > 0 || schema.AdditionalProperties is not null)));
        }
        finally
        {
            visiting.Remove(schema);
        }
    }

    /// <summary>
    /// An inline allOf part that only annotates (a description, nullable, a required list):
    /// it adds no shape, so it neither makes an object nor stops one.
    /// </summary>
    private static bool IsAnnotation(IOpenApiSchema? part) =>
        part is not null and not OpenApiSchemaReference && NonNullType(part) is null && PropertiesOf(part).Count == 0 && AllOfOf(part).Count == 0
        && OneOfOf(part).All(IsAnnotation) && AnyOfOf(part).All(IsAnnotation) && part.Not is null && part.Items is null && part.AdditionalProperties is null
        && part.Enum is not { Count: > 0 } && part.Const is null;

    private static bool IsBinaryMediaType(string essence) =>
        !MediaTypes.IsText(essence) && !MediaTypes.IsJson(essence) && !MediaTypes.IsXml(essence) && essence is not (MediaTypes.FormUrlEncoded or MediaTypes.Multipart);

    private static bool IsEmpty(IOpenApiSchema written, IOpenApiSchema schema) =>
        written is not OpenApiSchemaReference && NonNullType(schema) is null && PropertiesOf(schema).Count == 0 && AllOfOf(schema).Count == 0
        && OneOfOf(schema).Count == 0 && AnyOfOf(schema).Count == 0 && schema.Items is null && schema.AdditionalProperties is null;

    /// <summary>
    /// An object's properties, its allOf parts' first (in order), then its own; a name seen
    /// twice keeps the later schema. Required when any part requires it.
    /// </summary>
    private static List<(string Name, IOpenApiSchema Schema, bool Required)> Members(IOpenApiSchema schema)
    {
        var members = new List<(string Name, IOpenApiSchema Schema, bool Required)>();
        Collect(schema, members, new HashSet<IOpenApiSchema>(ByIdentity.Instance));
        return members;
    }

    private static void Collect(IOpenApiSchema schema, List<(string Name, IOpenApiSchema Schema, bool Required)> members, HashSet<IOpenApiSchema> visiting)
    {
        if (!visiting.Add(schema))
        {
            return;
        }

        foreach (var part in AllOfOf(schema).Select(Resolve).Where(p => p is not null))
        {
            Collect(part!, members, visiting);
        }

        foreach (var property in PropertiesOf(schema))
        {
            var index = members.FindIndex(m => m.Name == property.Key);
            var required = RequiredOf(schema).Contains(property.Key) || (index >= 0 && members[index].Required);
            if (index >= 0)
            {
                members[index] = (property.Key, property.Value, required);
            }
            else
            {
                members.Add((property.Key, property.Value, required));
            }
        }

        // A part may require a property another part declares.
        for (var i = 0; i < members.Count; i++)
        {
            if (!members[i].Required && RequiredOf(schema).Contains(members[i].Name))
            {
                members[i] = (members[i].Name, members[i].Schema, true);
            }
        }
    }

    private string Reserve(IOpenApiSchema schema, string name)
    {
        _dtoNames[schema] = name;
        _typeNames.Add(name);
        return name;
    }

    private void BuildDto(IOpenApiSchema schema, string pointer)
    {
        var name = _dtoNames[schema];
        var members = Members(schema);
        if (_dtos.ContainsKey(name) || members.Count == 0 || !_inProgress.Add(schema))
        {
            return;
        }

        var properties = new List<PropertyModel>();
        // The record's own name and the members C# declares on every record are taken too.
        var used = new HashSet<string>(RecordMembers, System.StringComparer.Ordinal) { name };
        _bases.TryGetValue(schema, out var polymorphicBase);
        foreach (var (wireName, propertySchema, required) in members)
        {
            if (wireName == polymorphicBase.Discriminator)
            {
                // System.Text.Json writes and reads the discriminator itself; a property of
                // the same name would conflict with it.
                continue;
            }

            // Merged allOf members point at the object: their own place may be in another part.
            var propertyPointer = PropertiesOf(schema).ContainsKey(wireName)
                ? JsonPointer.Append(JsonPointer.Append(pointer, "properties"), wireName)
                : pointer;
            var propertyName = MemberName(wireName, propertyPointer, used);
            var type = Map(propertySchema, propertyPointer, name + propertyName);
            properties.Add(new PropertyModel(
                propertyName,
                wireName,
                type,
                required,
                Nullable: !required || AllowsNull(propertySchema) || AllowsNull(Resolve(propertySchema)),
                IsSecret: IsSecret(propertySchema),
                Description: propertySchema?.Description ?? propertySchema?.Title,
                KnownValues: KnownValues(propertySchema)));
        }

        var variant = VariantOf(schema) is { } at ? VariantProperty(schema, pointer, name, at, used) : null;
        _dtos[name] = new DtoModel(name, schema.Description ?? schema.Title, properties.ToEquatableArray(), polymorphicBase.BaseName, Variant: variant);
        _inProgress.Remove(schema);
    }

    /// <summary>A string enum's values (null, which only makes it nullable, left out), or a string const.</summary>
    private static EquatableArray<string> KnownValues(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return EquatableArray<string>.Empty;
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            return values.Select(JsonValues.AsString).Where(v => v is not null).Select(v => v!).ToEquatableArray();
        }

        return schema.Const is { } constant && NonNullType(schema) is null or JsonSchemaType.String
            ? new[] { constant }.ToEquatableArray()
            : EquatableArray<string>.Empty;
    }

    private static bool IsSecret(IOpenApiSchema? schema) =>
        schema?.Format == "password"
        || (schema?.Extensions is not null && schema.Extensions.TryGetValue("x-secret", out var flag) && JsonValues.IsTrue(JsonValues.Node(flag)));

    private static readonly string[] RecordMembers =
    [
        "AdditionalProperties", "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers",
        "Deconstruct", "GetType", "MemberwiseClone", "Finalize",
    ];

    private string MemberName(string wireName, string pointer, HashSet<string> used)
    {
        var name = Identifiers.ToPascalCase(wireName);
        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // The message names the identifier actually emitted, numbered if it had to be.
        if (NeedsWarning(wireName))
        {
            _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.NameMapped.Id, pointer, wireName, candidate));
        }
        else if (candidate != name)
        {
            _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.NameCollision.Id, pointer, wireName, name, candidate));
        }

        return candidate;
    }

    private string TypeName(string schemaName, string pointer)
    {
        var name = Identifiers.ToPascalCase(schemaName);
        if (NeedsWarning(schemaName))
        {
            _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.NameMapped.Id, pointer, schemaName, name));
        }

        return name;
    }

    private string Unique(string name)
    {
        var candidate = name;
        for (var i = 2; _typeNames.Contains(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>
    /// snake_case, kebab-case and camelCase wire names map to C# names as a matter of course;
    /// anything else (spaces, punctuation, a leading digit) deserves a word to the spec's author.
    /// </summary>
    public static bool NeedsWarning(string wireName) =>
        wireName.Length == 0 || char.IsDigit(wireName[0])
        || wireName.Any(c => !(char.IsLetterOrDigit(c) || c == '_' || c == '-'));

    private void Unsupported(string pointer, string construct, string name, string generatedAs) =>
        _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.UnsupportedConstruct.Id, pointer, construct, name, generatedAs));
}
