namespace AuthClients.Mocks.ResolveInsights;

/// <summary>The Resolve Insights mock's account, OAuth client and token lifetimes (clearly fake demo values).</summary>
public sealed class ResolveMockOptions
{
    public string Username { get; set; } = "demo@resolve.io";

    public string Password { get; set; } = "demo-password";

    public string ClientId { get; set; } = "fixstreamapp";

    public string ClientSecret { get; set; } = "fixstream";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromSeconds(43199);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Refresh tokens work once (RFC 6749 §6 lets a server rotate them): a refresh answers with
    /// a new refresh token and spends the one sent; sending a spent one is refused and counted.
    /// </summary>
    public bool SingleUseRefreshTokens { get; set; }

    /// <summary>
    /// Awaited after a token is issued and before it is answered: an answer slow in transit, or
    /// a token endpoint slow under load, while the token's lifetime already runs. Null: none.
    /// </summary>
    public Func<Task>? DelayTokenAnswer { get; set; }

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
