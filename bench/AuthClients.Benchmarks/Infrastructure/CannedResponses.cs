using System.Net.Http.Headers;
using System.Text;

namespace AuthClients.Benchmarks.Infrastructure;

/// <summary>
/// A primary handler that answers every request in memory with one documented body: no socket,
/// no server thread, so what remains is the client's own work, measured without loopback noise.
/// Answered synchronously, every async layer above completes without suspending (the CPU cost
/// alone); answered <paramref name="asynchronously"/>, as a socket does, each layer that awaits
/// allocates its state machine, which is what a real call pays.
/// </summary>
internal sealed class CannedResponses(string body, bool asynchronously = false) : HttpMessageHandler
{
    private readonly byte[] _body = Encoding.UTF8.GetBytes(body);
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        asynchronously ? AnswerLaterAsync(request) : Task.FromResult(Answer(request));

    private async Task<HttpResponseMessage> AnswerLaterAsync(HttpRequestMessage request)
    {
        await Task.Yield();
        return Answer(request);
    }

    private HttpResponseMessage Answer(HttpRequestMessage request)
    {
        var content = new ByteArrayContent(_body);
        content.Headers.ContentType = Json;
        return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
