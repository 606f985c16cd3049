using System.Net.Http.Headers;
using System.Text;

namespace AuthClients.Benchmarks.Infrastructure;

/// <summary>
/// A primary handler that answers every request in memory with one documented body: no socket,
/// no server thread, so what remains is the client's own work, measured without loopback noise.
/// </summary>
internal sealed class CannedResponses(string body) : HttpMessageHandler
{
    private readonly byte[] _body = Encoding.UTF8.GetBytes(body);
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(_body);
        content.Headers.ContentType = Json;
        return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
