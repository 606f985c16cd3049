namespace AuthClients.Core;

/// <summary>How a <see cref="TokenSession"/> treats expiry.</summary>
public sealed class TokenSessionOptions
{
    /// <summary>Renew this long before a token expires, so no call goes out with a dying token. Default 30 s.</summary>
    public TimeSpan RefreshSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Lifetime of tokens the vendor gives no expiry for (Fuse, SAYMON). Null (the default): use
    /// the token until the server rejects it.
    /// </summary>
    public TimeSpan? DefaultLifetime { get; set; }
}
