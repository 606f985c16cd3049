using System.Net;
using System.Text;

namespace AuthClients.Generator.RuntimeTests;

/// <summary>Records each request (with its body read out) and answers with a canned response.</summary>
internal sealed class CapturingHandler(HttpStatusCode status, string? json) : HttpMessageHandler
{
    public HttpRequestMessage? Request { get; private set; }

    public string? Body { get; private set; }

    public string? ContentType { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Request = request;
        ContentType = request.Content?.Headers.ContentType?.MediaType;
        Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = new HttpResponseMessage(status) { RequestMessage = request };
        if (json is not null)
        {
            response.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return response;
    }
}
