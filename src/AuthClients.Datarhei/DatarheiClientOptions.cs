using AuthClients.Core;

namespace AuthClients.Datarhei;

/// <summary>
/// How to reach a datarhei Core and how to log in (username/password or an Auth0 token). Plain
/// HTTP is allowed to loopback only unless <see cref="AuthClientOptions.AllowInsecureHttp"/>
/// (a Core on the LAN: credentials then travel in clear on that network). The timeout must stay
/// well above the Core's 5-second brake on failed logins, or a clean 401 turns into a timeout.
/// </summary>
public sealed class DatarheiClientOptions : AuthClientOptions
{
    /// <summary>api.auth.username of the Core.</summary>
    public string? Username { get; set; }

    /// <summary>api.auth.password of the Core. Never logged, never shown by <see cref="ToString"/>.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// An Auth0 access token to exchange instead of username/password (the Core must know the
    /// tenant and allow the user). Never logged.
    /// </summary>
    public string? Auth0AccessToken { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"DatarheiClientOptions {{ BaseAddress = {BaseAddress}, Username = {Username}, Password = {(Password is null ? "null" : "***")}, Auth0AccessToken = {(Auth0AccessToken is null ? "null" : "***")} }}";
}
