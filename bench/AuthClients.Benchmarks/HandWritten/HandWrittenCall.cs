using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AuthClients.Benchmarks.HandWritten;

/// <summary>The baseline: one authenticated GET with HttpClient, read with a source-generated JsonTypeInfo.</summary>
internal static class HandWrittenCall
{
    public static async Task<T> GetAsync<T>(HttpClient http, string path, Action<HttpRequestMessage> authorize, JsonTypeInfo<T> type)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        authorize(request);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, type).ConfigureAwait(false)
                ?? throw new JsonException("The body was null.");
        }
    }
}
