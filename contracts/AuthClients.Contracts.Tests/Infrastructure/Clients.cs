using System.Net.Http.Headers;
using Refit;

namespace AuthClients.Contracts.Tests.Infrastructure;

/// <summary>
/// Generated clients pointed at the Pact mock server, with a fixed credential on every request
/// (as the runtime would send it), so each interaction pins exactly one request.
/// </summary>
internal static class Clients
{
    public static TApi Create<TApi>(Uri baseAddress, Refit.RefitSettings settings, Action<HttpRequestHeaders>? headers = null, (string Name, string Value)? query = null)
        where TApi : class
    {
        var http = new HttpClient(new FixedCredential(headers, query)) { BaseAddress = baseAddress };
        return RestService.ForGenerated<TApi>(http, settings);
    }

    private sealed class FixedCredential(Action<HttpRequestHeaders>? headers, (string Name, string Value)? query) : DelegatingHandler(new HttpClientHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            headers?.Invoke(request.Headers);
            if (query is { } parameter)
            {
                AuthClients.Core.TokenPlacement.Query(parameter.Name).Apply(request, new AuthClients.Core.AuthToken(parameter.Value));
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
