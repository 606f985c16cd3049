using AuthClients.Generator.Helpers;

namespace AuthClients.Generator.Model;

/// <summary>What the description says beyond one login and one lifetime (see AuthDescriptionParser.Alternatives).</summary>
internal sealed partial record AuthModel
{
    /// <summary>
    /// Alternative logins (<c>logins</c>), in the order they are tried: the first whose
    /// credentials are all set is sent. Empty when the login has one set of credentials.
    /// </summary>
    public EquatableArray<LoginAlternativeModel> Alternatives { get; init; } = EquatableArray<LoginAlternativeModel>.Empty;

    /// <summary>The statuses of a login answer that are a refused login (<c>loginRefused</c>); empty: 401 and 403.</summary>
    public EquatableArray<int> LoginRefused { get; init; } = EquatableArray<int>.Empty;

    /// <summary>A hand-written partial method of the definition that adds option checks (<c>validate</c>); null when none.</summary>
    public string? Validate { get; init; }
}

/// <summary>One way to log in: the options (<see cref="AuthModel.Credentials"/> by name) it sends.</summary>
internal sealed record LoginAlternativeModel(EquatableArray<string> OptionNames);

/// <summary>
/// One claim of a JWT lifetime: an absolute expiry in Unix seconds, or (<see cref="Relative"/>)
/// seconds counted from the claim <see cref="From"/>, else from when the request left.
/// </summary>
internal sealed record JwtClaimModel(string Claim, bool Relative, string? From);

/// <summary>JWT claims that count from another claim or from the request.</summary>
internal sealed partial record LifetimeModel
{
    /// <summary>Every claim of a <see cref="LifetimeKind.Jwt"/> lifetime, in order, when any is relative; else empty (<see cref="Claims"/> says all).</summary>
    public EquatableArray<JwtClaimModel> RelativeClaims { get; init; } = EquatableArray<JwtClaimModel>.Empty;

    public bool CountsFromRequest => RelativeClaims.Count > 0;
}

/// <summary>The refresh token's own lifetime.</summary>
internal sealed partial record RefreshModel
{
    /// <summary>How long the refresh token lives (<c>refresh.lifetime</c>); null: until the refresh is refused.</summary>
    public LifetimeModel? TokenLifetime { get; init; }
}

/// <summary>An error body's list of details.</summary>
internal sealed partial record ErrorsModel
{
    /// <summary>A list of strings (<c>errors.details</c>) that, when not empty, is the message (joined) and the error's details.</summary>
    public AccessPath? Details { get; init; }
}
