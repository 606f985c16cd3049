using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// Reads the reader's JSON values (extensions, enum and const values) as plain .NET values,
/// so nothing of its object model reaches the pipeline model.
/// </summary>
internal static class JsonValues
{
    /// <summary>The string a JSON string node holds; null for any other node (and for a JSON null).</summary>
    public static string? AsString(JsonNode? node) =>
        !IsNull(node) && node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>
    /// A JSON <c>null</c> written in the spec: the reader keeps it (in an enum, say) as a
    /// sentinel node rather than a null reference.
    /// </summary>
    public static bool IsNull(JsonNode? node) => node is null || JsonNullSentinel.IsJsonNullSentinel(node);

    /// <summary>True only for a JSON <c>true</c>.</summary>
    public static bool IsTrue(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    /// <summary>The node an extension (<c>x-...</c>) holds, whatever parser read it.</summary>
    public static JsonNode? Node(IOpenApiExtension? extension) => (extension as JsonNodeExtension)?.Node;
}
