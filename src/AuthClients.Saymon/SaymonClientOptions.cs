using AuthClients.Core;

namespace AuthClients.Saymon;

/// <summary>How to reach SAYMON and whose token to create.</summary>
public sealed class SaymonClientOptions : AuthClientOptions
{
    /// <summary>Login of the account that creates the token (HTTP Basic); it needs the manage-users permission.</summary>
    public string? Login { get; set; }

    /// <summary>Password of that account. Never logged, never shown by <see cref="ToString"/>.</summary>
    public string? Password { get; set; }

    /// <summary>The ID of the user the token is created for (often the caller's own ID).</summary>
    public string? UserId { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"SaymonClientOptions {{ BaseAddress = {BaseAddress}, Login = {Login}, Password = {(Password is null ? "null" : "***")}, UserId = {UserId} }}";
}
