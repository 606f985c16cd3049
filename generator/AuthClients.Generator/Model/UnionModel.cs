using AuthClients.Generator.Helpers;

namespace AuthClients.Generator.Model;

/// <summary>
/// A oneOf/anyOf (or a type array) that is not a record hierarchy: a sealed record holding one
/// of <see cref="Options"/>, or the raw JSON when a payload matches none. Reading tries the
/// options in order; a <see cref="DiscriminatorProperty"/>, when the schema names one, picks
/// the option first.
/// </summary>
internal sealed record UnionModel(EquatableArray<UnionOptionModel> Options, string? DiscriminatorProperty = null);

/// <summary>
/// One option: <see cref="Name"/> names its accessors (<c>FromX</c>, <c>IsX</c>, <c>TryGetX</c>);
/// <see cref="DiscriminatorValues"/> are the values that select it, when there is a discriminator.
/// </summary>
internal sealed record UnionOptionModel(string Name, TypeModel Type, EquatableArray<string> DiscriminatorValues = default);
