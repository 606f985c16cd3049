using System.Text.Json;
using AuthClients.PactFfi.Matchers;
using AuthClients.PactFfi.Native;

namespace AuthClients.PactFfi;

/// <summary>
/// Writes headers and bodies into one part (request or response) of an interaction. Shared by the
/// request and response builders because the engine calls are the same apart from the part.
/// </summary>
internal sealed class InteractionPartWriter(InteractionHandle interaction, InteractionPart part, JsonSerializerOptions jsonOptions)
{
    // The engine addresses repeated headers by index; count per name (headers are case-insensitive).
    private readonly Dictionary<string, int> headerCounts = new(StringComparer.OrdinalIgnoreCase);

    internal InteractionHandle Interaction => interaction;

    internal JsonSerializerOptions JsonOptions => jsonOptions;

    internal void Header(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        headerCounts.TryGetValue(name, out var index);
        Ffi.Check(NativeMethods.WithHeaderV2(interaction, part, name, (nuint)index, value), "pactffi_with_header_v2", $"{part} header '{name}'");
        headerCounts[name] = index + 1;
    }

    internal void Header(string name, IMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        Header(name, PactJson.MatcherValue(matcher));
    }

    internal void JsonBody(object body, JsonSerializerOptions? settings, string contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        var options = settings is null ? jsonOptions : PactJson.Create(settings);
        Body(PactJson.Serialize(body, options), contentType);
    }

    internal void Body(string body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        Ffi.Check(NativeMethods.WithBody(interaction, part, contentType, body), "pactffi_with_body", $"{part} body ({contentType})");
    }
}
