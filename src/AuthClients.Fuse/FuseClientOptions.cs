using AuthClients.Core;

namespace AuthClients.Fuse;

/// <summary>How to reach a Fuse Universal instance and whom to log in as.</summary>
public class FuseClientOptions : AuthClientOptions
{
    /// <summary>The instance name: <c>acme</c> for https://acme.fuseuniversal.com (or set <see cref="AuthClientOptions.BaseAddress"/>).</summary>
    public string? Instance { get; set; }

    /// <summary>Username or e-mail address used to log in to the instance.</summary>
    public string? LoginName { get; set; }

    /// <summary>The password. Never logged, never shown by <see cref="ToString"/>.</summary>
    public string? Password { get; set; }

    /// <inheritdoc />
    protected override string BaseAddressHint => "Instance (the 'acme' of https://acme.fuseuniversal.com) or BaseAddress";

    /// <summary>The address requests go to, from <see cref="AuthClientOptions.BaseAddress"/> or <see cref="Instance"/>; null when neither gives one.</summary>
    public override Uri? ResolveBaseAddress() =>
        BaseAddress ?? (Uri.TryCreate("https://" + Instance + ".fuseuniversal.com/", UriKind.Absolute, out var address) && !string.IsNullOrWhiteSpace(Instance) ? address : null);

    /// <inheritdoc />
    public override string ToString() =>
        $"{GetType().Name} {{ Instance = {Instance}, BaseAddress = {BaseAddress}, LoginName = {LoginName}, Password = {(Password is null ? "null" : "***")} }}";
}
