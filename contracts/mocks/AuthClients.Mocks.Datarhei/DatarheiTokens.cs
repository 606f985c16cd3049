using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AuthClients.Mocks.Datarhei;

/// <summary>
/// Core's JWTs: HS256 with a per-mock secret, claims iss datarhei-core, sub, usefor
/// (access|refresh), iat, exp, exi (lifetime in seconds), jti. Only tokens this mock signed are
/// accepted: provider states issue fresh ones and hand them to the verifier, as a real Core's
/// login would, so a pact with a fixed token fails here as it would against Core.
/// </summary>
public sealed class DatarheiTokens(DatarheiMockOptions options)
{
    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32));
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ConcurrentQueue<string> _everIssued = new();

    public IReadOnlyList<string> IssuedTokens => [.. _everIssued];

    public string Issue(string use, TimeSpan lifetime) => Issue(use, lifetime, options.TimeProvider.GetUtcNow());

    /// <summary>A token of <paramref name="use"/> signed like any other whose lifetime ended a minute ago.</summary>
    public string IssueExpired(string use) =>
        Issue(use, options.AccessTokenLifetime, options.TimeProvider.GetUtcNow() - options.AccessTokenLifetime - TimeSpan.FromMinutes(1));

    private string Issue(string use, TimeSpan lifetime, DateTimeOffset now)
    {
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

    /// <summary>True when <paramref name="token"/> is a valid, unexpired token of <paramref name="use"/>.</summary>
    public async Task<bool> IsValidAsync(string? token, string use)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
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
}
