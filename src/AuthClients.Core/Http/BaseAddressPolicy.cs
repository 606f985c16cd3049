using System.Net;

namespace AuthClients.Core;

/// <summary>
/// Credentials go over HTTPS. Plain HTTP is allowed to loopback (local mocks, a vendor server
/// on the same machine) or when the user opts out explicitly.
/// </summary>
public static class BaseAddressPolicy
{
    /// <summary>Null when <paramref name="baseAddress"/> is acceptable, else why not.</summary>
    public static string? Check(Uri? baseAddress, bool allowInsecureHttp)
    {
        if (baseAddress is null || !baseAddress.IsAbsoluteUri)
        {
            return "the base address must be an absolute URL such as https://host/";
        }

        if (baseAddress.Scheme == Uri.UriSchemeHttps)
        {
            return null;
        }

        if (baseAddress.Scheme != Uri.UriSchemeHttp)
        {
            return $"the scheme '{baseAddress.Scheme}' is not HTTP(S)";
        }

        if (allowInsecureHttp || IsLoopback(baseAddress))
        {
            return null;
        }

        return $"plain HTTP to {baseAddress.Host} would send credentials in clear; use https, or set AllowInsecureHttp = true on purpose";
    }

    /// <summary>True for localhost, 127.0.0.0/8 and ::1.</summary>
    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
