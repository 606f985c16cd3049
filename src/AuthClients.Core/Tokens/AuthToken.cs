namespace AuthClients.Core;

/// <summary>
/// A token a vendor issued, with when it stops being usable. Its values are secrets:
/// <see cref="ToString"/> never shows them.
/// </summary>
public sealed class AuthToken
{
    /// <summary>Creates a token.</summary>
    /// <param name="value">The token sent with each request.</param>
    /// <param name="expiresAt">When it expires, if the vendor says; null means "until rejected".</param>
    /// <param name="refreshToken">A token that renews <paramref name="value"/>, if the vendor issues one.</param>
    /// <param name="refreshTokenExpiresAt">When the refresh token expires, if known.</param>
    public AuthToken(string value, DateTimeOffset? expiresAt = null, string? refreshToken = null, DateTimeOffset? refreshTokenExpiresAt = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        Value = value;
        ExpiresAt = expiresAt;
        RefreshToken = refreshToken;
        RefreshTokenExpiresAt = refreshTokenExpiresAt;
    }

    /// <summary>The token sent with each request.</summary>
    public string Value { get; }

    /// <summary>When the token expires; null when the vendor does not say.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>The refresh token, if any.</summary>
    public string? RefreshToken { get; }

    /// <summary>When the refresh token expires, if known.</summary>
    public DateTimeOffset? RefreshTokenExpiresAt { get; }

    /// <summary>A copy that expires at <paramref name="expiresAt"/>.</summary>
    public AuthToken WithExpiry(DateTimeOffset? expiresAt) => new(Value, expiresAt, RefreshToken, RefreshTokenExpiresAt);

    /// <inheritdoc />
    public override string ToString() =>
        $"AuthToken(***, expires {(ExpiresAt is { } e ? e.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : "when rejected")}{(RefreshToken is null ? string.Empty : ", refresh ***")})";
}
