namespace AuthClients.Generator.Parsing;

/// <summary>
/// What a media type (a key of <c>content</c>) says about the bytes of a body: JSON, text,
/// XML, forms, or raw bytes the generator passes through unaltered.
/// </summary>
internal static class MediaTypes
{
    public const string Json = "application/json";
    public const string Multipart = "multipart/form-data";
    public const string FormUrlEncoded = "application/x-www-form-urlencoded";
    public const string OctetStream = "application/octet-stream";
    public const string Any = "*/*";

    /// <summary>The type without parameters (<c>; charset=utf-8</c>), in lower case.</summary>
    public static string Essence(string mediaType)
    {
        var semicolon = mediaType.IndexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.Substring(0, semicolon)).Trim().ToLowerInvariant();
    }

    public static bool IsJson(string essence) =>
        essence is Json or "text/json" || essence.EndsWith("+json", System.StringComparison.Ordinal);

    public static bool IsXml(string essence) =>
        essence is "application/xml" or "text/xml" || essence.EndsWith("+xml", System.StringComparison.Ordinal);

    /// <summary>Any text but XML: sent and returned as the string it is.</summary>
    public static bool IsText(string essence) =>
        essence.StartsWith("text/", System.StringComparison.Ordinal) && !IsXml(essence) && !IsJson(essence);

    /// <summary>
    /// Bytes whatever the schema says (a vendor's "array of bytes" under octet-stream is still
    /// the body's raw bytes): octet-stream, images, audio, video, PDF, archives.
    /// </summary>
    public static bool IsRawByNature(string essence) =>
        essence is OctetStream or "application/pdf" or "application/zip" or "application/gzip" or "application/x-gzip"
        || essence.StartsWith("image/", System.StringComparison.Ordinal)
        || essence.StartsWith("audio/", System.StringComparison.Ordinal)
        || essence.StartsWith("video/", System.StringComparison.Ordinal);
}
