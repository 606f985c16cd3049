using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AuthClients.Mocks.Datarhei;

/// <summary>
/// Core's JWTs: HS256 with a per-mock secret, claims iss datarhei-core, sub, usefor
/// (access|refresh), iat, exp, exi (lifetime in seconds), jti. Tokens a pact names are
/// registered verbatim through provider states and win over the signature check.
/// </summary>
public sealed class DatarheiTokens(DatarheiMockOptions options)
{
    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32));
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ConcurrentDictionary<string, string?> _registered = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _everIssued = new();

    public IReadOnlyList<string> IssuedTokens => [.. _everIssued];

    public string Issue(string use, TimeSpan lifetime)
    {
        var now = options.TimeProvider.GetUtcNow();
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "datarhei-core",
            Subject = new ClaimsIdentity([new Claim("sub", options.Username)]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                ["usefor"] = use,
                ["exi"] = (long)lifetime.TotalSeconds,
                ["jti"] = Guid.NewGuid().ToString(),
            },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
        _everIssued.Enqueue(token);
        return token;
    }

    /// <summary>Registers <paramref name="token"/> as valid for <paramref name="use"/>, or (null) as rejected.</summary>
    public void Register(string token, string? use) => _registered[token] = use;

    /// <summary>True when <paramref name="token"/> is a valid, unexpired token of <paramref name="use"/>.</summary>
    public async Task<bool> IsValidAsync(string? token, string use)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        if (_registered.TryGetValue(token, out var registeredUse))
        {
            return registeredUse == use;
        }

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "datarhei-core",
            ValidateAudience = false,
            IssuerSigningKey = _key,
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (_, expires, _, _) => expires is { } e && options.TimeProvider.GetUtcNow().UtcDateTime < e,
        }).ConfigureAwait(false);
        return result.IsValid && result.Claims.TryGetValue("usefor", out var claimed) && claimed as string == use;
    }

    public void Reset() => _registered.Clear();
}
