using AuthClients.Generator.Helpers;

namespace AuthClients.Generator.Model;

/// <summary>One record the generator emits for an object schema.</summary>
internal sealed record DtoModel(
    string Name,
    string? Description,
    EquatableArray<PropertyModel> Properties);

/// <summary>
/// A DTO property: its C# name, its wire name and what the docs promise about it.
/// <see cref="KnownValues"/> lists a string enum's values (kept as a string, documented).
/// </summary>
internal sealed record PropertyModel(
    string Name,
    string WireName,
    TypeModel Type,
    bool Required,
    bool Nullable,
    bool IsSecret,
    string? Description,
    EquatableArray<string> KnownValues = default);
