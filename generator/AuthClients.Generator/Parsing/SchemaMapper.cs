using System.Collections.Generic;
using System.Linq;
using AuthClients.Generator.Diagnostics;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// Maps OpenAPI schemas to C# types and collects the DTO records they need: one per
/// object schema under components/schemas, plus one per inline object schema.
/// </summary>
internal sealed class SchemaMapper
{
    private readonly string _namespace;
    private readonly YamlLocator _locator;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly Dictionary<string, DtoModel> _dtos = new();
    private readonly Dictionary<OpenApiSchema, string> _dtoNames = new();

    // Every type name taken in the client's namespace: the DTOs', and the client's own
    // interface, implementation and JSON context, which a schema may be named like.
    private readonly HashSet<string> _typeNames;
    private readonly HashSet<OpenApiSchema> _inProgress = new();

    // Option schema → (its base record, the discriminator property it leaves to the base).
    private readonly Dictionary<OpenApiSchema, (string BaseName, string Discriminator)> _bases = new();

    public SchemaMapper(OpenApiDocument document, string globalNamespace, IEnumerable<string> clientTypeNames, YamlLocator locator, List<DiagnosticInfo> diagnostics)
    {
        _typeNames = new HashSet<string>(clientTypeNames, System.StringComparer.Ordinal);
        _namespace = globalNamespace;
        _locator = locator;
        _diagnostics = diagnostics;
        foreach (var component in document.Components?.Schemas ?? new Dictionary<string, OpenApiSchema>())
        {
            if (component.Value is not null && IsObject(component.Value))
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

        foreach (var component in document.Components?.Schemas ?? new Dictionary<string, OpenApiSchema>())
        {
            if (component.Value is not null && IsUnion(component.Value))
            {
                ReservePolymorphic(component.Key, component.Value, JsonPointer.Append("#/components/schemas", component.Key));
            }
        }

        foreach (var component in document.Components?.Schemas ?? new Dictionary<string, OpenApiSchema>())
        {
            if (component.Value is not null && IsObject(component.Value))
            {
                BuildDto(component.Value, JsonPointer.Append("#/components/schemas", component.Key));
            }
        }
    }

    private static bool IsUnion(OpenApiSchema schema) =>
        (schema.OneOf.Count > 0 || schema.AnyOf.Count > 0) && schema.Properties.Count == 0 && schema.AllOf.Count == 0;

    /// <summary>
    /// A component oneOf/anyOf with a discriminator whose options are all object components,
    /// none an option elsewhere, becomes an abstract record they derive from; anything less
    /// has no sound C# shape and stays JsonElement (AC0005, reported where it is used).
    /// </summary>
    private void ReservePolymorphic(string key, OpenApiSchema schema, string pointer)
    {
        var options = schema.OneOf.Count > 0 ? schema.OneOf : schema.AnyOf;
        var property = schema.Discriminator?.PropertyName;
        if (string.IsNullOrEmpty(property)
            || options.Any(o => o is null || !_dtoNames.ContainsKey(o) || _bases.ContainsKey(o) || o.Reference?.Id is null)
            || options.Distinct().Count() != options.Count)
        {
            return;
        }

        var name = Reserve(schema, Unique(TypeName(key, pointer)));
        var mapping = schema.Discriminator!.Mapping ?? new Dictionary<string, string>();
        var derived = new List<DerivedTypeModel>();
        foreach (var option in options)
        {
            var id = option.Reference.Id;
            var mapped = mapping.Where(m => m.Value == option.Reference.ReferenceV3 || m.Value == id).Select(m => m.Key).FirstOrDefault();
            derived.Add(new DerivedTypeModel(_dtoNames[option], mapped ?? id));
            _bases[option] = (name, property!);
        }

        _dtos[name] = new DtoModel(
            name,
            schema.Description ?? schema.Title,
            EquatableArray<PropertyModel>.Empty,
            Polymorphism: new PolymorphismModel(property!, derived.ToEquatableArray()));
    }

    /// <summary>The DTOs, ordered by name so the output does not depend on spec order.</summary>
    public IEnumerable<DtoModel> Dtos => _dtos.Values.OrderBy(d => d.Name, System.StringComparer.Ordinal);

    public bool TryGetDto(TypeModel type, out DtoModel dto) =>
        _dtos.TryGetValue(type.FullName.Substring(type.FullName.LastIndexOf('.') + 1), out dto!);

    /// <summary>The C# type for <paramref name="schema"/>; inline objects become DTOs named <paramref name="inlineName"/>.</summary>
    public TypeModel Map(OpenApiSchema? schema, string pointer, string inlineName)
    {
        if (schema is null)
        {
            return TypeModel.JsonElement;
        }

        if (schema.UnresolvedReference)
        {
            _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.UnresolvedReference.Id, pointer, schema.Reference?.ReferenceV3 ?? "$ref"));
            return TypeModel.JsonElement;
        }

        // allOf of one schema is how OpenAPI 3.0 puts a description or nullable beside a $ref:
        // it is that schema (unless it is a component of its own, which gets its own record).
        if (schema.AllOf.Count == 1 && schema.Properties.Count == 0 && schema.OneOf.Count == 0 && schema.AnyOf.Count == 0
            && schema.Not is null && !_dtoNames.ContainsKey(schema))
        {
            return Map(schema.AllOf[0], JsonPointer.Append(JsonPointer.Append(pointer, "allOf"), "0"), inlineName);
        }

        if (_dtoNames.TryGetValue(schema, out var union) && _dtos.TryGetValue(union, out var unionDto) && unionDto.Polymorphism is not null)
        {
            return new TypeModel(TypeKind.Dto, _namespace + "." + union);
        }

        if (!IsObject(schema) && (schema.OneOf.Count > 0 || schema.AnyOf.Count > 0 || schema.AllOf.Count > 0 || schema.Not is not null))
        {
            var construct = schema.OneOf.Count > 0 ? "oneOf" : schema.AnyOf.Count > 0 ? "anyOf" : schema.AllOf.Count > 0 ? "allOf of parts that are not all objects" : "not";
            Unsupported(pointer, construct, inlineName, "JsonElement (the raw JSON)");
            return TypeModel.JsonElement;
        }

        switch (schema.Type)
        {
            case "string":
                return schema.Format switch
                {
                    "date-time" => TypeModel.DateTimeOffset,
                    "binary" or "byte" => TypeModel.Bytes,
                    _ => TypeModel.String,
                };
            case "integer":
                return schema.Format == "int32" ? TypeModel.Int32 : TypeModel.Int64;
            case "number":
                return TypeModel.Double;
            case "boolean":
                return TypeModel.Boolean;
            case "array":
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
                return schema.AdditionalProperties is { } values && !IsEmpty(values)
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

        if (schema.Type is not null)
        {
            Unsupported(pointer, "The type '" + schema.Type + "'", inlineName, "JsonElement (the raw JSON)");
        }

        return TypeModel.JsonElement;
    }

    /// <summary>
    /// An object: typed "object", or untyped with properties or a map's value schema, or an
    /// allOf whose parts are all objects (merged into one record).
    /// </summary>
    private static bool IsObject(OpenApiSchema schema) =>
        (schema.OneOf.Count == 0 && schema.AnyOf.Count == 0 && schema.Not is null)
        && (schema.AllOf.Count > 0
            ? (schema.Type is null || schema.Type == "object") && schema.AllOf.All(part => part is not null && !part.UnresolvedReference && IsObject(part))
            : schema.Type == "object" || (schema.Type is null && (schema.Properties.Count > 0 || schema.AdditionalProperties is not null)));

    private static bool IsEmpty(OpenApiSchema schema) =>
        schema.Type is null && schema.Reference is null && schema.Properties.Count == 0 && schema.AllOf.Count == 0
        && schema.OneOf.Count == 0 && schema.AnyOf.Count == 0 && schema.Items is null && schema.AdditionalProperties is null;

    /// <summary>
    /// An object's properties, its allOf parts' first (in order), then its own; a name seen
    /// twice keeps the later schema. Required when any part requires it.
    /// </summary>
    private static List<(string Name, OpenApiSchema Schema, bool Required)> Members(OpenApiSchema schema)
    {
        var members = new List<(string Name, OpenApiSchema Schema, bool Required)>();
        Collect(schema, members, new HashSet<OpenApiSchema>());
        return members;
    }

    private static void Collect(OpenApiSchema schema, List<(string Name, OpenApiSchema Schema, bool Required)> members, HashSet<OpenApiSchema> visiting)
    {
        if (!visiting.Add(schema))
        {
            return;
        }

        foreach (var part in schema.AllOf.Where(p => p is not null))
        {
            Collect(part, members, visiting);
        }

        foreach (var property in schema.Properties)
        {
            var index = members.FindIndex(m => m.Name == property.Key);
            var required = schema.Required.Contains(property.Key) || (index >= 0 && members[index].Required);
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
            if (!members[i].Required && schema.Required.Contains(members[i].Name))
            {
                members[i] = (members[i].Name, members[i].Schema, true);
            }
        }
    }

    private string Reserve(OpenApiSchema schema, string name)
    {
        _dtoNames[schema] = name;
        _typeNames.Add(name);
        return name;
    }

    private void BuildDto(OpenApiSchema schema, string pointer)
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
            var propertyPointer = schema.Properties.ContainsKey(wireName)
                ? JsonPointer.Append(JsonPointer.Append(pointer, "properties"), wireName)
                : pointer;
            var propertyName = MemberName(wireName, propertyPointer, used);
            var type = Map(propertySchema, propertyPointer, name + propertyName);
            properties.Add(new PropertyModel(
                propertyName,
                wireName,
                type,
                required,
                Nullable: !required || propertySchema?.Nullable == true,
                IsSecret: IsSecret(propertySchema),
                Description: propertySchema?.Description ?? propertySchema?.Title,
                KnownValues: KnownValues(propertySchema)));
        }

        _dtos[name] = new DtoModel(name, schema.Description ?? schema.Title, properties.ToEquatableArray(), polymorphicBase.BaseName);
        _inProgress.Remove(schema);
    }

    private static EquatableArray<string> KnownValues(OpenApiSchema? schema) =>
        (schema?.Enum ?? []).OfType<OpenApiString>().Select(v => v.Value).ToEquatableArray();

    private static bool IsSecret(OpenApiSchema? schema) =>
        schema?.Format == "password"
        || (schema?.Extensions is not null && schema.Extensions.TryGetValue("x-secret", out var flag) && flag is OpenApiBoolean { Value: true });

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
