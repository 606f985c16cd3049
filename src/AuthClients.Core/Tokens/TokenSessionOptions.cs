namespace AuthClients.Core;

/// <summary>How a <see cref="TokenSession"/> treats expiry and refused logins.</summary>
public sealed class TokenSessionOptions
{
    /// <summary>
    /// Start renewing this long before a token expires; callers keep the valid token while the
    /// renewal runs in the background. Default 30 s, capped at <see cref="MaxSkewFraction"/> of
    /// the token's lifetime, and never less than three of the vendor's answer times (at most half
    /// the lifetime), so the renewal and a retry are over before the token expires.
    /// </summary>
    public TimeSpan RefreshSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Lifetime of tokens the vendor gives no expiry for. Null (the default): use
    /// the token until the server rejects it.
    /// </summary>
    public TimeSpan? DefaultLifetime { get; set; }

    /// <summary>The first window during which a refused login is answered from memory. Default 1 s.</summary>
    public TimeSpan LoginBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The window doubles per refusal in a row up to this. Default 5 minutes.</summary>
    public TimeSpan MaxLoginBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The largest share of a token's lifetime the skew may take: a token that lives 2 s is
    /// renewed 0.2 s before it expires, not 30 s before (which would renew it on every call).
    /// </summary>
    public const double MaxSkewFraction = 0.1;

    /// <summary>The session settings the common options describe.</summary>
    public static TokenSessionOptions From(AuthClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TokenSessionOptions
        {
            RefreshSkew = options.RefreshSkew,
            DefaultLifetime = options.TokenLifetime,
            LoginBackoff = options.LoginBackoff,
            MaxLoginBackoff = options.MaxLoginBackoff,
        };
    }
}
