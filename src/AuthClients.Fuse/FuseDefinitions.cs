using System.Text.RegularExpressions;
using AuthClients.Core;
using AuthClients.Fuse.V4;
using AuthClients.Fuse.V5;

namespace AuthClients.Fuse;

/// <summary>Fuse Universal's two APIs as data: login, token placement, errors, secrets, option checks.</summary>
internal static class FuseDefinitions
{
    /// <summary>The token's field and parameter names in Fuse's answers and requests.</summary>
    private static readonly string[] SecretNames = ["auth_token", "authentication_token", "jwt_token"];

    /// <summary>The vendor's name in messages and telemetry.</summary>
    public const string VendorName = "Fuse";

    public static AuthClientDefinition<FuseClientOptions> V5 { get; } = new()
    {
        Name = "AuthClients.Fuse.V5",
        Vendor = VendorName,
        Placement = TokenPlacement.Header("Auth-Token"),
        GeneratedSettings = FuseV5JsonContext.CreateRefitSettings,
        ReadError = FuseErrorBodyReader.Read,
        TokenEndpoint = static (options, clients, _) => new FuseV5TokenEndpoint(clients, options),
        UserName = static options => options.LoginName,
        Secrets = static options => [options.Password],
        Validate = Credentials,
        SecretNames = SecretNames,
    };

    public static AuthClientDefinition<FuseV4ClientOptions> V4 { get; } = new()
    {
        Name = "AuthClients.Fuse.V4",
        Vendor = VendorName,
        Placement = TokenPlacement.Query("auth_token"),
        GeneratedSettings = FuseV4JsonContext.CreateRefitSettings,
        ReadError = FuseV4ErrorBodyReader.Read,
        TokenEndpoint = static (options, clients, _) => new FuseV4TokenEndpoint(clients, options),
        UserName = static options => options.LoginName,
        Secrets = static options => [options.Password],
        Validate = static options => Credentials(options).Concat(Version(options)),
        SecretNames = SecretNames,
    };

    private static IEnumerable<string> Credentials(FuseClientOptions options)
    {
        if (options.BaseAddress is null && !string.IsNullOrWhiteSpace(options.Instance)
            && Uri.CheckHostName(options.Instance + ".fuseuniversal.com") != UriHostNameType.Dns)
        {
            yield return $"{options.GetType().Name}.Instance '{options.Instance}' is not a valid host name part.";
        }

        if (string.IsNullOrWhiteSpace(options.LoginName))
        {
            yield return $"Set {options.GetType().Name}.LoginName (the user name or e-mail used to log in).";
        }

        if (string.IsNullOrEmpty(options.Password))
        {
            yield return $"Set {options.GetType().Name}.Password.";
        }
    }

    private static IEnumerable<string> Version(FuseV4ClientOptions options)
    {
        if (!Regex.IsMatch(options.ApiVersion ?? string.Empty, "^v4\\.[0-9]+$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            yield return $"FuseV4ClientOptions.ApiVersion '{options.ApiVersion}' is not a v4 version such as v4.4 or v4.3.";
        }
    }
}
