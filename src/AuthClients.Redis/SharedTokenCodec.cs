using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using AuthClients.Core;
using Microsoft.AspNetCore.DataProtection;

namespace AuthClients.Redis;

/// <summary>
/// A shared token as Redis holds it: JSON encrypted and signed by Data Protection, with the
/// entry's key in the purpose, so an entry copied under another session's key does not open.
/// </summary>
internal sealed class SharedTokenCodec(IDataProtectionProvider provider)
{
    private const string Purpose = "AuthClients.Redis.SharedToken.v1";

    public string Protect(string key, RenewedToken token)
    {
        var entry = new SharedTokenEntry(
            token.Token.Value, token.Token.ExpiresAt, token.Token.RefreshToken, token.Token.RefreshTokenExpiresAt, token.ObtainedAt, token.RenewAt);
        var json = JsonSerializer.Serialize(entry, SharedTokenJson.Default.SharedTokenEntry);
        return provider.CreateProtector(Purpose, key).Protect(json);
    }

    /// <summary>The token, or null when the text does not open with this key ring and key (it is then treated as absent).</summary>
    public RenewedToken? Unprotect(string key, string protectedText)
    {
        try
        {
            var json = provider.CreateProtector(Purpose, key).Unprotect(protectedText);
            var entry = JsonSerializer.Deserialize(json, SharedTokenJson.Default.SharedTokenEntry);
            return entry is null || string.IsNullOrEmpty(entry.Value)
                ? null
                : new RenewedToken(new AuthToken(entry.Value, entry.ExpiresAt, entry.RefreshToken, entry.RefreshTokenExpiresAt), entry.ObtainedAt, entry.RenewAt);
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException)
        {
            return null;
        }
    }
}

internal sealed record SharedTokenEntry(
    string Value, DateTimeOffset? ExpiresAt, string? RefreshToken, DateTimeOffset? RefreshTokenExpiresAt, DateTimeOffset ObtainedAt, DateTimeOffset RenewAt);

[JsonSerializable(typeof(SharedTokenEntry))]
internal sealed partial class SharedTokenJson : JsonSerializerContext;
