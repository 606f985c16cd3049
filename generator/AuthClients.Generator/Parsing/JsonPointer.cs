namespace AuthClients.Generator.Parsing;

/// <summary>Builds JSON pointers the same way the OpenAPI reader reports them.</summary>
internal static class JsonPointer
{
    public static string Append(string pointer, string segment) =>
        pointer + "/" + segment.Replace("~", "~0").Replace("/", "~1");
}
