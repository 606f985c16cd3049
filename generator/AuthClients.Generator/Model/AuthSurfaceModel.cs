using AuthClients.Generator.Diagnostics;
using AuthClients.Generator.Helpers;

namespace AuthClients.Generator.Model;

/// <summary>
/// The public names a described vendor goes by, and how it shares them with another spec of the
/// same project (Fuse's v5 and v4 APIs are one package): <see cref="Stem"/> names the options and
/// the registration methods (<c>&lt;Stem&gt;ClientOptions</c>, <c>Add&lt;Stem&gt;Client</c>);
/// <see cref="Package"/> names the static classes that hold them, partial so that two specs can
/// fill one; <see cref="Session"/> is the definition's name (HTTP client names, session keys,
/// health check names). <see cref="Extends"/> is set when the options derive from another
/// spec's options class.
/// </summary>
internal sealed record AuthSurfaceModel(string Stem, string Package, string Session, OptionsBaseModel? Extends)
{
    /// <summary>The options class: <c>&lt;Stem&gt;ClientOptions</c>.</summary>
    public string Options => Stem + "ClientOptions";

    /// <summary>True when this spec's registrations join another spec's classes (their doc comments are that spec's).</summary>
    public bool JoinsPackage => Package != Stem;

    /// <summary>The standalone method: <c>Create</c> for the package's own stem, <c>CreateV4</c> for the stem <c>FuseV4</c> in package <c>Fuse</c>.</summary>
    public string CreateMethod => !JoinsPackage ? "Create"
        : "Create" + (Stem.StartsWith(Package, System.StringComparison.Ordinal) ? Stem.Substring(Package.Length) : Stem);
}

/// <summary>
/// The options class another spec of the project generates, which this one derives from;
/// <see cref="Missing"/> is reported (at <c>options.extends</c>) when no spec generates it.
/// </summary>
internal sealed record OptionsBaseModel(string Name, DiagnosticInfo Missing);

/// <summary>
/// The base address built from <c>servers[0].url</c> when <c>BaseAddress</c> is not set: the
/// template with each <c>{variable}</c> an option (<see cref="Variables"/>) or, when the
/// description maps none to it, its default.
/// </summary>
internal sealed record ServerAddressModel(string Template, EquatableArray<ServerVariableModel> Variables);

/// <summary>
/// A server variable as an option. <see cref="InHost"/>: it is part of the host name, so its value
/// must be a host name part; otherwise it is escaped into the path. <see cref="DefaultValue"/> is
/// the option's initial value (null when the description says the variable's default is only an
/// example); <see cref="Enum"/> and <see cref="Pattern"/> are checked by the options' validation.
/// </summary>
internal sealed record ServerVariableModel(
    string OptionName,
    string Variable,
    bool InHost,
    string? DefaultValue,
    string? Example,
    string? Description,
    EquatableArray<string> Enum,
    string? Pattern);

/// <summary>
/// What one spec's options class declares, collected across the project so a derived options
/// class knows what its base already has (and a base knows to stay unsealed).
/// </summary>
internal sealed record OptionsShape(
    string Namespace,
    string Name,
    string? Extends,
    EquatableArray<OptionShape> Options,
    string ServerKey);

/// <summary>One option of an <see cref="OptionsShape"/>.</summary>
internal sealed record OptionShape(string Name, bool IsSecret);

/// <summary>A described spec with what the rest of the project says about its options class.</summary>
internal sealed record DescribedOptions(SpecModel Spec, OptionsShape? Base, bool IsExtended, DiagnosticInfo? Missing);
