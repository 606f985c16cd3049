namespace AuthClients.Fuse;

/// <summary>How to reach a Fuse Universal instance and whom to log in as.</summary>
public class FuseClientOptions
{
    /// <summary>The instance name: <c>acme</c> for https://acme.fuseuniversal.com.</summary>
    public string? Instance { get; set; }

    /// <summary>The base address, instead of <see cref="Instance"/> (a proxy, a test server).</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Username or e-mail address used to log in to the instance.</summary>
    public string? LoginName { get; set; }

    /// <summary>The password. Never logged, never shown by <see cref="ToString"/>.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// How long a token is used before logging in again unprompted. Fuse gives no expiry and
    /// rotates tokens, so by default a token is used until the server rejects it (a 401), and
    /// then replaced once.
    /// </summary>
    public TimeSpan? TokenLifetime { get; set; }

    /// <summary>Per-request timeout. Default 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Allows plain HTTP to a host that is not loopback. Off: credentials would travel in clear.</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>The address requests go to, from <see cref="BaseAddress"/> or <see cref="Instance"/>.</summary>
    public Uri ResolveBaseAddress() =>
        BaseAddress ?? new Uri("https://" + Instance + ".fuseuniversal.com/", UriKind.Absolute);

    /// <inheritdoc />
    public override string ToString() =>
        $"{GetType().Name} {{ Instance = {Instance}, BaseAddress = {BaseAddress}, LoginName = {LoginName}, Password = {(Password is null ? "null" : "***")} }}";
}
