using AuthClients.Generator.Helpers;

namespace AuthClients.Generator.Model;

/// <summary>
/// One record the generator emits for an object schema. A oneOf/anyOf with a discriminator
/// is an abstract record with no properties (<see cref="Polymorphism"/> set); each of its
/// options derives from it (<see cref="BaseName"/> set) and leaves the discriminator property
/// to the generated JSON metadata, which writes it. A union without a record hierarchy is a
/// record with <see cref="Union"/> set. An object that is also one of a union's options (a
/// oneOf/anyOf beside its properties, an allOf with a union part) has its <see cref="Variant"/>:
/// a required member typed as the union, read from and written into the object's own JSON.
/// <see cref="Internal"/>: only the package reads it
/// (a described auth's error body), so it is not part of the public API.
/// </summary>
internal sealed record DtoModel(
    string Name,
    string? Description,
    EquatableArray<PropertyModel> Properties,
    string? BaseName = null,
    PolymorphismModel? Polymorphism = null,
    UnionModel? Union = null,
    PropertyModel? Variant = null,
    bool Internal = false);

/// <summary>
/// The discriminator property, per derived record the value that selects it, and the record
/// that keeps a payload whose value the spec does not list (<see cref="UnknownName"/>).
/// </summary>
internal sealed record PolymorphismModel(string DiscriminatorProperty, EquatableArray<DerivedTypeModel> DerivedTypes, string UnknownName);

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
