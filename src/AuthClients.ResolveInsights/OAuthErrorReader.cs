using System.Net;
using System.Text.Json;
using AuthClients.Core;

namespace AuthClients.ResolveInsights;

/// <summary>Reads RFC 6749 §5.2 errors: <c>{"error": "invalid_grant", "error_description": "..."}</c>.</summary>
internal static class OAuthErrorReader
{
    public static VendorError? Read(HttpStatusCode status, string body)
    {
        var error = JsonSerializer.Deserialize(body, ResolveInsightsJsonContext.Default.OAuthError);
        return error is null || string.IsNullOrEmpty(error.Error) ? null : new VendorError(error.Error, error.ErrorDescription ?? error.Error);
    }
}
