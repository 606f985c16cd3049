using System.Net;
using System.Text.Json;
using AuthClients.Core;

namespace AuthClients.Saymon;

/// <summary>
/// Reads SAYMON's error body <c>{"code": "...", "message": "..."}</c>, whose message is often
/// itself JSON (<c>{"errorCode":3,"message":"Invalid API token."}</c>): the inner message wins,
/// the inner errorCode goes to the details.
/// </summary>
internal static class SaymonErrorReader
{
    public static VendorError? Read(HttpStatusCode status, string body)
    {
        var error = JsonSerializer.Deserialize(body, SaymonJsonContext.Default.SaymonError);
        if (error is null || (error.Code is null && error.Message is null))
        {
            return null;
        }

        var inner = Inner(error.Message);
        return inner is null
            ? new VendorError(error.Code, error.Message)
            : new VendorError(error.Code, inner.Message ?? error.Message, inner.ErrorCode is { } code ? [$"errorCode {code}"] : null);
    }

    private static SaymonErrorDetail? Inner(string? message)
    {
        if (message is null || !message.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(message, SaymonJsonContext.Default.SaymonErrorDetail);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
