using System.Net;
using System.Text.Json;
using AuthClients.Core;
using Refit;

namespace AuthClients.Fuse.V4;

/// <summary>Refit settings for Fuse v4: the generated JSON metadata and Fuse's typed errors.</summary>
internal static class FuseV4RefitSettings
{
    private static readonly ApiErrorTranslator Errors = new("Fuse", Read);

    public static RefitSettings Create() => Errors.Configure(FuseV4JsonContext.CreateRefitSettings());

    // The same body as v5's, but described by the v4 spec's own types.
    private static VendorError? Read(HttpStatusCode status, string body)
    {
        var error = JsonSerializer.Deserialize(body, FuseV4JsonContext.Default.FuseV4ErrorBody);
        return error is null || error.Success
            ? null
            : new VendorError(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Errors.Base);
    }
}
