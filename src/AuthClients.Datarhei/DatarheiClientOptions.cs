namespace AuthClients.Datarhei;

/// <summary>How to reach a datarhei Core and how to log in (username/password or an Auth0 token).</summary>
public sealed class DatarheiClientOptions
{
    /// <summary>The Core's address, e.g. http://127.0.0.1:8080/. Plain HTTP is allowed to loopback only unless <see cref="AllowInsecureHttp"/>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>api.auth.username of the Core.</summary>
    public string? Username { get; set; }

    /// <summary>api.auth.password of the Core. Never logged, never shown by <see cref="ToString"/>.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// An Auth0 access token to exchange instead of username/password (the Core must know the
    /// tenant and allow the user). Never logged.
    /// </summary>
    public string? Auth0AccessToken { get; set; }

    /// <summary>
    /// Allows plain HTTP to a host that is not loopback (a Core on the LAN). Credentials then
    /// travel in clear on that network: opt in on purpose.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>
    /// Per-request timeout. The Core answers a failed login only after 5 seconds (a brute-force
    /// brake), so this must stay well above that, or a clean 401 turns into a timeout. Default 30 s.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Renew this long before the JWT's exp. Default 30 s (access tokens live 600 s).</summary>
    public TimeSpan RefreshSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public override string ToString() =>
        $"DatarheiClientOptions {{ BaseAddress = {BaseAddress}, Username = {Username}, Password = {(Password is null ? "null" : "***")}, Auth0AccessToken = {(Auth0AccessToken is null ? "null" : "***")} }}";
}
