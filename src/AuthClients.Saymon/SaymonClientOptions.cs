namespace AuthClients.Saymon;

/// <summary>How to reach SAYMON and whose token to create.</summary>
public sealed class SaymonClientOptions
{
    /// <summary>The SAYMON address, e.g. https://saymon.example.com/.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Login of the account that creates the token (HTTP Basic); it needs the manage-users permission.</summary>
    public string? Login { get; set; }

    /// <summary>Password of that account. Never logged, never shown by <see cref="ToString"/>.</summary>
    public string? Password { get; set; }

    /// <summary>The ID of the user the token is created for (often the caller's own ID).</summary>
    public string? UserId { get; set; }

    /// <summary>
    /// How long a token is used before a new one is created unprompted. SAYMON documents no
    /// expiry: by default a token is used until the server rejects it.
    /// </summary>
    public TimeSpan? TokenLifetime { get; set; }

    /// <summary>Allows plain HTTP to a host that is not loopback. Off: credentials would travel in clear.</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"SaymonClientOptions {{ BaseAddress = {BaseAddress}, Login = {Login}, Password = {(Password is null ? "null" : "***")}, UserId = {UserId} }}";
}
