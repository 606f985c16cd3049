using System.Globalization;
using System.Net;
using System.Text.Json;
using AuthClients.Core;

namespace AuthClients.Datarhei;

/// <summary>Reads the Core's error body everywhere: <c>{"code": 401, "message": "Unauthorized", "details": ["..."]}</c>.</summary>
internal static class DatarheiErrorReader
{
    public static VendorError? Read(HttpStatusCode status, string body)
    {
        var error = JsonSerializer.Deserialize(body, DatarheiJsonContext.Default.DatarheiError);
        if (error is null)
        {
            return null;
        }

        // details carries the useful text ("Invalid authorization credentials: ..."); message is the status text.
        var details = error.Details is { Count: > 0 } d ? d : null;
        var message = details is null ? error.Message : string.Join("; ", details);
        return new VendorError(error.Code.ToString(CultureInfo.InvariantCulture), message, details);
    }
}
