using System.Text.Json;
using AuthClients.Core;

namespace AuthClients.Saymon;

/// <summary>
/// SAYMON's quirk no auth description can carry: the <c>message</c> of its error body
/// <c>{"code": "...", "message": "..."}</c> is often itself JSON
/// (<c>{"errorCode":3,"message":"Invalid API token."}</c>). The inner message wins and the
/// inner errorCode goes to the details; a plain message stays as it is. The generated
/// <see cref="SaymonErrorReader"/> reads the outer body (the spec's <c>errors</c>) and calls this.
/// </summary>
internal static partial class SaymonErrorReader
{
    private static partial VendorError Nested(VendorError read)
    {
        var inner = Inner(read.Message);
        return inner is null
            ? read
            : new VendorError(read.Code, inner.Message ?? read.Message, inner.ErrorCode is { } code ? [$"errorCode {code}"] : null);
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
