using System.Net;

namespace AuthClients.Core.Tests.Fakes;

/// <summary>An inner handler that answers with a function of the request and counts sends.</summary>
internal sealed class ScriptedHandler(Func<HttpRequestMessage, HttpStatusCode> answer) : HttpMessageHandler
{
    private int _sends;

    public int Sends => Volatile.Read(ref _sends);

    public List<string?> TokensSeen { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sends);
        lock (TokensSeen)
        {
            TokensSeen.Add(request.Headers.TryGetValues("X-Token", out var values) ? string.Join(",", values) : null);
        }

        return Task.FromResult(new HttpResponseMessage(answer(request)) { RequestMessage = request });
    }
}
