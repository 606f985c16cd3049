using System.Net;

namespace AuthClients.Core;

/// <summary>
/// Puts the session's token on every request. On a 401 it renews once and retries the call
/// once, never more: a second 401 goes back to the caller. A request whose body cannot be
/// sent twice (a stream) is not retried.
/// </summary>
public sealed class AuthenticatingHandler(TokenSession session, ITokenEndpoint endpoint) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await session.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        endpoint.Apply(request, token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !CanReplay(request.Content))
        {
            return response;
        }

        response.Dispose();
        var renewed = await session.RenewAfterRejectionAsync(token, cancellationToken).ConfigureAwait(false);
        endpoint.Apply(request, renewed);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Buffered contents re-serialize from memory; a stream may already be consumed.</summary>
    internal static bool CanReplay(HttpContent? content) => content switch
    {
        null => true,
        ByteArrayContent => true,
        MultipartContent parts => parts.All(CanReplay),
        _ => false,
    };
}
