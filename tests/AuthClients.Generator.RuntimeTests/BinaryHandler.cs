using System.Net;

namespace AuthClients.Generator.RuntimeTests;

/// <summary>Records each request's bytes and answers with the given bytes and content type, unaltered.</summary>
internal sealed class BinaryHandler(HttpStatusCode status, byte[]? answer, string contentType) : HttpMessageHandler
{
    public HttpRequestMessage? Request { get; private set; }

    public byte[]? Body { get; private set; }

    /// <summary>Multipart parts (name, file name, bytes, media type), read before the sender disposes them.</summary>
    public List<(string Name, string? FileName, byte[] Bytes, string? MediaType)> Parts { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Request = request;
        Body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        if (request.Content is MultipartContent multipart)
        {
            foreach (var part in multipart)
            {
                var disposition = part.Headers.ContentDisposition!;
                Parts.Add((disposition.Name!.Trim('"'), disposition.FileName?.Trim('"'), await part.ReadAsByteArrayAsync(cancellationToken), part.Headers.ContentType?.MediaType));
            }
        }
        var response = new HttpResponseMessage(status) { RequestMessage = request };
        if (answer is not null)
        {
            response.Content = new ByteArrayContent(answer);
            response.Content.Headers.ContentType = new(contentType);
        }

        return response;
    }
}
