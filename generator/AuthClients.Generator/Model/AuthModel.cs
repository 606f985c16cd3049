using AuthClients.Generator.Helpers;

namespace AuthClients.Generator.Model;

/// <summary>
/// A vendor's auth as the spec describes it (<c>info.x-authclients.auth</c> with the
/// document's <c>securitySchemes</c>): which operation logs in and what fills it, where the
/// token is in its answer and where it goes on a request, how long it lives, how it is
/// renewed, and how the vendor's errors read. Every name in it was checked against the
/// operations and schemas at parse time, so an emitter only spells it out.
/// </summary>
internal sealed partial record AuthModel(
    string Vendor,
    string LoginMethod,
    EquatableArray<CredentialModel> Credentials,
    AccessPath Token,
    TokenPlacementModel Placement,
    LifetimeModel Lifetime,
    RefreshModel? Refresh,
    RefusalModel? Refuse,
    ErrorsModel? Errors,
    EquatableArray<string> SecretNames,
    AuthSurfaceModel? Surface = null,
    ServerAddressModel? Server = null);

/// <summary>Where a credential goes in the login request.</summary>
internal enum CredentialTarget
{
    Body,
    Path,
    Query,
    Header,

    /// <summary>The user name of HTTP Basic (an <c>http basic</c> scheme on the login operation).</summary>
    BasicUser,

    /// <summary>The password of HTTP Basic.</summary>
    BasicPassword,

    /// <summary>A token sent as <c>Authorization: Bearer</c> on the login (an http bearer scheme on the login operation).</summary>
    Bearer,
}

/// <summary>
/// One option of the generated options class and where it goes: <see cref="Member"/> is the
/// body DTO's property or the login method's parameter it fills (empty for Basic), of type
/// <see cref="TypeName"/>, nullable there when <see cref="TargetNullable"/>.
/// <see cref="DefaultLiteral"/> is a C# literal of the spec's <c>default</c>; <see cref="Pattern"/>
/// the schema's <c>pattern</c>, which the options' validation checks.
/// </summary>
internal sealed record CredentialModel(
    string OptionName,
    CredentialTarget Target,
    string Member,
    string TypeName,
    bool IsSecret,
    bool Required,
    string? DefaultLiteral,
    string? Description,
    bool TargetNullable,
    bool IsValueType,
    string? Pattern = null);

/// <summary>
/// A chain of members through a response's DTOs (e.g. <c>AuthTokens.UserAuthenticationToken.AuthenticationToken</c>);
/// empty when the whole body is the value (<c>$</c>, a JSON string answer).
/// </summary>
internal sealed record AccessPath(string Written, EquatableArray<AccessStep> Steps, TypeKind ValueKind)
{
    public bool IsWholeBody => Steps.Count == 0;
}

/// <summary>One member along an <see cref="AccessPath"/>; <see cref="MayBeNull"/> when the schema does not promise it.</summary>
internal sealed record AccessStep(string Member, string WireName, bool MayBeNull);

internal enum PlacementKind
{
    Header,
    Query,
    Bearer,
}

/// <summary>Where the token goes on each request, from the operations' security scheme.</summary>
internal sealed record TokenPlacementModel(PlacementKind Kind, string? Name, string Scheme);

internal enum LifetimeKind
{
    /// <summary>No expiry is stated: the token is used until a request is refused.</summary>
    UntilRejected,

    /// <summary>A seconds count in the answer, counted from when the request left.</summary>
    ExpiresIn,

    /// <summary>The token is a JWT whose claims (the first present wins) give its expiry as Unix seconds.</summary>
    Jwt,
}

/// <summary>How long a token lives: <see cref="ExpiresIn"/> for <see cref="LifetimeKind.ExpiresIn"/>, <see cref="Claims"/> for JWTs.</summary>
internal sealed partial record LifetimeModel(LifetimeKind Kind, AccessPath? ExpiresIn, EquatableArray<string> Claims)
{
    public static LifetimeModel UntilRejected { get; } = new(LifetimeKind.UntilRejected, null, EquatableArray<string>.Empty);
}

/// <summary>Where the refresh token goes on the refresh call.</summary>
internal enum RefreshSends
{
    Body,
    Query,
    Header,
    Bearer,
}

/// <summary>
/// A refresh operation: it sends the refresh token read at <see cref="RefreshToken"/> of the
/// login answer (in <see cref="Sends"/>, <see cref="Member"/>), and its answer holds the new
/// token at <see cref="Token"/>. A refused refresh falls back to a login.
/// </summary>
internal sealed partial record RefreshModel(
    string Method,
    AccessPath RefreshToken,
    RefreshSends Sends,
    string? Member,
    AccessPath Token,
    AccessPath? NextRefreshToken);

/// <summary>A login answer that is a refusal all the same: <see cref="When"/> equal to <see cref="Is"/> (a JSON literal).</summary>
internal sealed record RefusalModel(AccessPath When, string Is, string As);

/// <summary>
/// The vendor's error body: its DTO and where its message and code are. <see cref="Refine"/> names
/// a hand-written partial method of the error reader that reshapes what was read (a quirk such
/// as SAYMON's JSON inside its message); null when the description has no <c>refine</c>.
/// </summary>
internal sealed partial record ErrorsModel(string DtoFullName, string DtoName, AccessPath Message, AccessPath? Code, string? Refine);
