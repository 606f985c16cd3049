namespace AuthClients.Core;

/// <summary>
/// A token with the time it is renewed at (its expiry less the skew). Kept as one object so the
/// hot path reads both at once, and so processes sharing a token renew it at the same moment.
/// </summary>
public sealed class RenewedToken
{
    /// <summary>Pairs <paramref name="token"/>, obtained at <paramref name="obtainedAt"/>, with the time it is renewed at.</summary>
    public RenewedToken(AuthToken token, DateTimeOffset obtainedAt, DateTimeOffset renewAt)
    {
        ArgumentNullException.ThrowIfNull(token);
        Token = token;
        ObtainedAt = obtainedAt;
        RenewAt = renewAt;
    }

    /// <summary>The token.</summary>
    public AuthToken Token { get; }

    /// <summary>
    /// When the token was obtained (logged in or refreshed). Of two tokens of one session the
    /// later one is the live one: a rotation or a refresh ends the earlier ones.
    /// </summary>
    public DateTimeOffset ObtainedAt { get; }

    /// <summary>When the token is renewed; <see cref="DateTimeOffset.MaxValue"/> for a token used until rejected.</summary>
    public DateTimeOffset RenewAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Token}, renewed at {RenewAt:O}";
}
