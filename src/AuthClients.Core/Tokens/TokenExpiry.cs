using Microsoft.IdentityModel.JsonWebTokens;

namespace AuthClients.Core;

/// <summary>Reads when a token expires from what vendors give: <c>expires_in</c> or a JWT's registered claims.</summary>
public static class TokenExpiry
{
    /// <summary><paramref name="issuedAt"/> plus <c>expires_in</c> seconds; null when absent or not positive.</summary>
    public static DateTimeOffset? FromExpiresIn(long? expiresInSeconds, DateTimeOffset issuedAt) =>
        expiresInSeconds is > 0 ? issuedAt.AddSeconds(expiresInSeconds.Value) : null;

    /// <summary>
    /// The expiry a JWT declares in its <c>exp</c> claim (RFC 7519 §4.1.4). The signature is not
    /// checked (the client is not the audience that validates it); a value that is not a JWT, or
    /// has no <c>exp</c>, gives null, never an exception. Vendors with claims of their own read
    /// them with <see cref="NumericClaim"/>.
    /// </summary>
    public static DateTimeOffset? FromJwt(string token) =>
        NumericClaim(token, "exp") is { } exp && exp > 0 ? DateTimeOffset.FromUnixTimeSeconds(exp) : null;

    /// <summary>A numeric claim of a JWT (e.g. <c>iat</c>); null if absent, not a number or not a JWT.</summary>
    public static long? NumericClaim(string token, string name) =>
        Read(token) is { } jwt && jwt.TryGetPayloadValue<long>(name, out var value) ? value : null;

    /// <summary>A string claim of a JWT; null if absent or not a JWT.</summary>
    public static string? Claim(string token, string name) =>
        Read(token) is { } jwt && jwt.TryGetPayloadValue<string>(name, out var value) ? value : null;

    private static JsonWebToken? Read(string token)
    {
        try
        {
            return new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
