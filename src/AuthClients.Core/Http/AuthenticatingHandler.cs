using System.Net;

namespace AuthClients.Core;

/// <summary>
/// Puts its session's token on every request, and only on requests to the session's own
/// host. On a 401 it renews once and retries the call once, never more: a second 401 goes
/// back to the caller. A request whose body cannot be sent twice (a stream) is not retried.
/// The handler holds its session from construction, so however IHttpClientFactory pools and
/// rotates handlers, a handler only ever carries the token of the session it was built for.
/// </summary>
public sealed class AuthenticatingHandler : DelegatingHandler
{
    private readonly AuthSession _session;

    /// <summary>A handler for <paramref name="session"/>.</summary>
    public AuthenticatingHandler(AuthSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!_session.Serves(request.RequestUri))
        {
            throw new TokenDestinationException(_session, request.RequestUri);
        }

        var token = await _session.Tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        _session.Placement.Apply(request, token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !CanReplay(request.Content))
        {
            return response;
        }

        response.Dispose();
        AuthToken renewed;
        try
        {
            renewed = await _session.Tokens.RenewAfterRejectionAsync(token, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _session.Tokens.Telemetry.Reauthenticated(ex);
            throw;
        }

        _session.Tokens.Telemetry.Reauthenticated(failure: null);
        _session.Placement.Apply(request, renewed);
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
