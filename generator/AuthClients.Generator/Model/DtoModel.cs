using AuthClients.Generator.Helpers;

namespace AuthClients.Generator.Model;

/// <summary>
/// One record the generator emits for an object schema. A oneOf/anyOf with a discriminator
/// is an abstract record with no properties (<see cref="Polymorphism"/> set); each of its
/// options derives from it (<see cref="BaseName"/> set) and leaves the discriminator property
/// to System.Text.Json.
/// </summary>
internal sealed record DtoModel(
    string Name,
    string? Description,
    EquatableArray<PropertyModel> Properties,
    string? BaseName = null,
    PolymorphismModel? Polymorphism = null);

/// <summary>The discriminator property and, per derived record, the value that selects it.</summary>
internal sealed record PolymorphismModel(string DiscriminatorProperty, EquatableArray<DerivedTypeModel> DerivedTypes);

internal sealed record DerivedTypeModel(string Name, string DiscriminatorValue);

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
