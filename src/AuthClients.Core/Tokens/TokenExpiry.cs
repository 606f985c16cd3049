using Microsoft.IdentityModel.JsonWebTokens;

namespace AuthClients.Core;

/// <summary>Reads when a token expires from what vendors give: <c>expires_in</c> or JWT claims.</summary>
public static class TokenExpiry
{
    /// <summary><paramref name="issuedAt"/> plus <c>expires_in</c> seconds; null when absent or not positive.</summary>
    public static DateTimeOffset? FromExpiresIn(long? expiresInSeconds, DateTimeOffset issuedAt) =>
        expiresInSeconds is > 0 ? issuedAt.AddSeconds(expiresInSeconds.Value) : null;

    /// <summary>
    /// The expiry a JWT declares: its <c>exp</c> claim, else <c>iat</c> + <c>exi</c> (datarhei's
    /// "seconds until expiry"), else <paramref name="receivedAt"/> + <c>exi</c>. The signature is
    /// not checked (the client is not the audience that validates it); a value that is not a
    /// JWT gives null, never an exception.
    /// </summary>
    public static DateTimeOffset? FromJwt(string token, DateTimeOffset receivedAt)
    {
        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (jwt.TryGetPayloadValue<long>("exp", out var exp) && exp > 0)
        {
            return DateTimeOffset.FromUnixTimeSeconds(exp);
        }

        if (jwt.TryGetPayloadValue<long>("exi", out var exi) && exi > 0)
        {
            var start = jwt.TryGetPayloadValue<long>("iat", out var iat) && iat > 0 ? DateTimeOffset.FromUnixTimeSeconds(iat) : receivedAt;
            return start.AddSeconds(exi);
        }

        return null;
    }

    /// <summary>A claim of a JWT as a string (e.g. datarhei's <c>usefor</c>); null if absent or not a JWT.</summary>
    public static string? Claim(string token, string name)
    {
        try
        {
            return new JsonWebToken(token).TryGetPayloadValue<string>(name, out var value) ? value : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
