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
    private readonly HashSet<OpenApiSchema> _inProgress = new();

    public SchemaMapper(OpenApiDocument document, string globalNamespace, YamlLocator locator, List<DiagnosticInfo> diagnostics)
    {
        _namespace = globalNamespace;
        _locator = locator;
        _diagnostics = diagnostics;
        foreach (var component in document.Components?.Schemas ?? new Dictionary<string, OpenApiSchema>())
        {
            if (component.Value is not null && IsObject(component.Value))
            {
                var pointer = "#/components/schemas/" + component.Key;
                Reserve(component.Value, TypeName(component.Key, pointer));
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

        if (schema.OneOf.Count > 0 || schema.AnyOf.Count > 0 || schema.AllOf.Count > 0 || schema.Not is not null)
        {
            var construct = schema.OneOf.Count > 0 ? "oneOf" : schema.AnyOf.Count > 0 ? "anyOf" : schema.AllOf.Count > 0 ? "allOf" : "not";
            Unsupported(pointer, construct, inlineName, "JsonElement (the raw JSON)");
            return TypeModel.JsonElement;
        }

        switch (schema.Type)
        {
            case "string":
                return schema.Format == "date-time" ? TypeModel.DateTimeOffset : TypeModel.String;
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
            if (schema.Properties.Count == 0)
            {
                // A free-form object ("user": {...}): keep the JSON as it came.
                return TypeModel.JsonElement;
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

    private static bool IsObject(OpenApiSchema schema) =>
        schema.Type == "object" || (schema.Type is null && schema.Properties.Count > 0);

    private string Reserve(OpenApiSchema schema, string name)
    {
        _dtoNames[schema] = name;
        return name;
    }

    private void BuildDto(OpenApiSchema schema, string pointer)
    {
        var name = _dtoNames[schema];
        if (_dtos.ContainsKey(name) || !_inProgress.Add(schema) || schema.Properties.Count == 0)
        {
            return;
        }

        var properties = new List<PropertyModel>();
        var used = new HashSet<string>(System.StringComparer.Ordinal) { name, "AdditionalProperties" };
        foreach (var property in schema.Properties)
        {
            var propertyPointer = JsonPointer.Append(JsonPointer.Append(pointer, "properties"), property.Key);
            var propertyName = MemberName(property.Key, propertyPointer, used);
            var type = Map(property.Value, propertyPointer, name + propertyName);
            var required = schema.Required.Contains(property.Key);
            properties.Add(new PropertyModel(
                propertyName,
                property.Key,
                type,
                required,
                Nullable: !required || property.Value?.Nullable == true,
                IsSecret: IsSecret(property.Value),
                Description: property.Value?.Description ?? property.Value?.Title,
                KnownValues: KnownValues(property.Value)));
        }

        _dtos[name] = new DtoModel(name, schema.Description ?? schema.Title, properties.ToEquatableArray());
        _inProgress.Remove(schema);
    }

    private static EquatableArray<string> KnownValues(OpenApiSchema? schema) =>
        (schema?.Enum ?? []).OfType<OpenApiString>().Select(v => v.Value).ToEquatableArray();

    private static bool IsSecret(OpenApiSchema? schema) =>
        schema?.Format == "password"
        || (schema?.Extensions is not null && schema.Extensions.TryGetValue("x-secret", out var flag) && flag is OpenApiBoolean { Value: true });

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
        for (var i = 2; _dtoNames.ContainsValue(candidate); i++)
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
