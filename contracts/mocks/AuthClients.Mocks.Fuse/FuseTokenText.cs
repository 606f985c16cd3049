using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace AuthClients.Mocks.Fuse;

/// <summary>Makes token strings that look like Fuse's, so clients treat them as they would real ones.</summary>
internal static class FuseTokenText
{
    /// <summary>
    /// A fresh random authentication token: 16 URL-safe characters, the shape of the doc's
    /// example <c>RVt-k4zQJRyMBx3L</c>.
    /// </summary>
    public static string NewAuthenticationToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    /// <summary>
    /// A JWT-shaped <c>jwt_token</c> with the claims the doc's example carries (iss, exp, iat,
    /// aud, jti). Its signature is random bytes: nothing verifies it, and no key exists to leak.
    /// </summary>
    public static string NewJwt(long userId, DateTimeOffset issuedAt, DateTimeOffset expiresAt)
    {
        var header = Base64Url.EncodeToString("""{"typ":"JWT","alg":"HS256"}"""u8);
        var payload = Base64Url.EncodeToString(JwtPayload(userId, issuedAt, expiresAt));
        var signature = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return $"{header}.{payload}.{signature}";
    }

    private static byte[] JwtPayload(long userId, DateTimeOffset issuedAt, DateTimeOffset expiresAt)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("iss", "AuthClients.Mocks.Fuse");
            writer.WriteNumber("exp", expiresAt.ToUnixTimeSeconds());
            writer.WriteNumber("iat", issuedAt.ToUnixTimeSeconds());
            writer.WriteNull("aud");
            writer.WriteString("jti", $"{userId}.{RandomNumberGenerator.GetInt32(100_000, 1_000_000)}");
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
