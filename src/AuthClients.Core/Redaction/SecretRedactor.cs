using System.Text.RegularExpressions;

namespace AuthClients.Core;

/// <summary>
/// The one place secrets are masked before text leaves the library (log lines, exception
/// messages): values of secret-named query parameters, JSON and form fields, Basic/Bearer
/// credentials, and anything shaped like a JWT. The secret names are one list: the generic
/// ones here plus those a vendor's definition adds (its token parameter, its token fields).
/// </summary>
public sealed class SecretRedactor
{
    /// <summary>What a masked secret reads as.</summary>
    public const string Mask = "***";

    /// <summary>Field and parameter names whose values are secrets whatever the vendor.</summary>
    public static IReadOnlyList<string> CommonSecretNames { get; } =
    [
        "password", "pass", "client_secret", "access_token", "refresh_token", "id_token", "token", "apikey", "api_key",
    ];

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private static readonly Regex Credentials = new("""(?<scheme>Basic|Bearer)\s+[A-Za-z0-9\-._~+/]+=*""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
    private static readonly Regex Jwt = new("""eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*""", RegexOptions.CultureInvariant, MatchTimeout);

    private readonly Regex _queryParameter;
    private readonly Regex _jsonField;
    private readonly Regex _formField;

    /// <summary>A redactor for the common names plus <paramref name="vendorSecretNames"/>.</summary>
    public SecretRedactor(IEnumerable<string>? vendorSecretNames = null)
    {
        var names = CommonSecretNames.Concat(vendorSecretNames ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        SecretNames = names;
        var escaped = string.Join('|', names.Select(Regex.Escape));
        var queryNames = string.Join('|', names.Select(n => Regex.Escape(Uri.EscapeDataString(n))).Distinct());
        _queryParameter = new Regex($"(?<prefix>[?&](?:{queryNames})=)[^&#]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        _jsonField = new Regex($"""(?<prefix>\\?"(?:{escaped})\\?"\s*:\s*\\?")[^"\\]*(?<suffix>\\?")""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        _formField = new Regex($"""(?<prefix>(?:^|[?&\s])(?:{escaped})=)[^&\s]*""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
    }

    /// <summary>The redactor of the common names alone.</summary>
    public static SecretRedactor Default { get; } = new();

    /// <summary>Every name whose value this redactor masks.</summary>
    public IReadOnlyList<string> SecretNames { get; }

    /// <summary><paramref name="uri"/> with the values of secret query parameters masked.</summary>
    public string RedactUri(Uri? uri)
    {
        if (uri is null)
        {
            return string.Empty;
        }

        var text = uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString;
        return text.Contains('?', StringComparison.Ordinal) ? _queryParameter.Replace(text, "${prefix}" + Mask) : text;
    }

    /// <summary><paramref name="text"/> with secrets masked: known values, secret-named fields, credentials, JWTs.</summary>
    public string RedactText(string? text, IEnumerable<string?>? knownSecrets = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        foreach (var secret in knownSecrets ?? [])
        {
            // Very short values would mask ordinary words; they are never real credentials.
            if (!string.IsNullOrEmpty(secret) && secret.Length >= 4)
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        text = _jsonField.Replace(text, m => m.Groups["prefix"].Value + Mask + m.Groups["suffix"].Value);
        text = _formField.Replace(text, m => m.Groups["prefix"].Value + Mask);
        text = Credentials.Replace(text, m => m.Groups["scheme"].Value + " " + Mask);
        return Jwt.Replace(text, Mask);
    }
}
