using System.Net;
using System.Text.Json;
using AuthClients.Core;

namespace AuthClients.Fuse.V5;

/// <summary>Reads Fuse's error body, <c>{"success": false, "errors": {"base": "Unauthorized 401"}}</c>.</summary>
internal static class FuseErrorBodyReader
{
    public static VendorError? Read(HttpStatusCode status, string body)
    {
        var error = JsonSerializer.Deserialize(body, FuseV5JsonContext.Default.FuseErrorBody);
        if (error is null || error.Success)
        {
            return null;
        }

        // Fuse may list field errors beside "base"; keep them as details.
        var details = error.Errors.AdditionalProperties?.Select(p => p.Key + ": " + p.Value.ToString()).ToList();
        return new VendorError(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Errors.Base, details);
    }
}
