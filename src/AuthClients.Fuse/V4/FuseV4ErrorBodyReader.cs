using System.Net;
using System.Text.Json;
using AuthClients.Core;

namespace AuthClients.Fuse.V4;

/// <summary>Reads Fuse's error body as the v4 spec describes it (the same shape as v5's).</summary>
internal static class FuseV4ErrorBodyReader
{
    public static VendorError? Read(HttpStatusCode status, string body)
    {
        var error = JsonSerializer.Deserialize(body, FuseV4JsonContext.Default.FuseV4ErrorBody);
        return error is null || error.Success
            ? null
            : new VendorError(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Errors.Base);
    }
}
