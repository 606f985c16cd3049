using AuthClients.Core;

namespace AuthClients.ResolveInsights;

/// <summary>How to reach Resolve Insights and whom to log in as (OAuth 2.0 password grant).</summary>
public sealed class ResolveInsightsClientOptions : AuthClientOptions
{
    /// <summary>Login account name, e.g. someone@resolve.io.</summary>
    public string? Username { get; set; }

    /// <summary>Login account password. Never logged, never shown by <see cref="ToString"/>.</summary>
    public string? Password { get; set; }

    /// <summary>The OAuth client id; the documented default is fixstreamapp.</summary>
    public string ClientId { get; set; } = "fixstreamapp";

    /// <summary>The OAuth client secret; the documented default is fixstream. Never logged.</summary>
    public string ClientSecret { get; set; } = "fixstream";

    /// <summary>The scope asked for; the documented default is "read write trust".</summary>
    public string? Scope { get; set; } = "read write trust";

    /// <inheritdoc />
    public override string ToString() =>
        $"ResolveInsightsClientOptions {{ BaseAddress = {BaseAddress}, Username = {Username}, Password = {(Password is null ? "null" : "***")}, ClientId = {ClientId}, ClientSecret = ***, Scope = {Scope} }}";
}
