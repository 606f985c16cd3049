namespace AuthClients.Generator.RuntimeTests;

/// <summary>Reads a returned stream to its end, as a caller saving a download would.</summary>
internal static class StreamBytes
{
    public static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
