using System.Text.RegularExpressions;

namespace AuthClients.Core;

/// <summary>
/// The one place secrets are masked before text leaves the library (log lines, exception
/// messages): values of secret-named query parameters and JSON fields, Basic/Bearer
/// credentials, and anything shaped like a JWT.
/// </summary>
public static partial class SecretRedactor
{
    /// <summary>What a masked secret reads as.</summary>
    public const string Mask = "***";

    /// <summary>Query parameter and JSON field names whose values are always secrets.</summary>
    public static IReadOnlyList<string> SecretNames { get; } =
    [
        "password", "pass", "client_secret", "access_token", "refresh_token", "id_token", "token",
        "auth_token", "authentication_token", "authenticationToken", "jwt_token", "api-token", "api_token", "apikey", "api_key",
    ];

    /// <summary><paramref name="uri"/> with the values of secret query parameters masked.</summary>
    public static string RedactUri(Uri? uri, IEnumerable<string>? extraSecretParameters = null)
    {
        if (uri is null)
        {
            return string.Empty;
        }

        var text = uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString;
        var names = extraSecretParameters is null ? SecretNames : SecretNames.Concat(extraSecretParameters);
        foreach (var name in names)
        {
            text = Regex.Replace(
                text,
                "([?&]" + Regex.Escape(Uri.EscapeDataString(name)) + "=)[^&#]*",
                "$1" + Mask,
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(1));
        }

        return text;
    }

    /// <summary><paramref name="text"/> with secrets masked: known values, secret-named fields, credentials, JWTs.</summary>
    public static string RedactText(string? text, IEnumerable<string>? knownSecrets = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        foreach (var secret in knownSecrets ?? [])
        {
            if (!string.IsNullOrEmpty(secret) && secret.Length >= 4)
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        text = JsonSecretField().Replace(text, m => m.Groups["prefix"].Value + Mask + m.Groups["suffix"].Value);
        text = FormSecretField().Replace(text, m => m.Groups["prefix"].Value + Mask);
        text = Credentials().Replace(text, m => m.Groups["scheme"].Value + " " + Mask);
        return Jwt().Replace(text, Mask);
    }

    [GeneratedRegex("""(?<prefix>\\?"(?:password|pass|client_secret|access_token|refresh_token|id_token|token|auth_token|authentication_token|authenticationToken|jwt_token|api-token|api_token)\\?"\s*:\s*\\?")[^"\\]*(?<suffix>\\?")""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex JsonSecretField();

    [GeneratedRegex("""(?<prefix>(?:^|[?&\s])(?:password|client_secret|access_token|refresh_token|auth_token|api-token|token)=)[^&\s]*""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FormSecretField();

    [GeneratedRegex("""(?<scheme>Basic|Bearer)\s+[A-Za-z0-9\-._~+/]+=*""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Credentials();

    [GeneratedRegex("""eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*""", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Jwt();
}
