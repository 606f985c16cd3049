using System.Net;

namespace AuthClients.Core;

/// <summary>
/// Puts its session's token on every request, and only on requests to the session's own
/// host. On a 401 it renews once and retries the call once: a second 401 goes back to the
/// caller, unless the retry carried a token another caller had obtained meanwhile (then one
/// renewal and retry more, since a revocation may have ended both tokens). A request whose body cannot be sent twice (a stream) is not retried.
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
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!_session.Serves(request.RequestUri))
        {
            return Task.FromException<HttpResponseMessage>(new TokenDestinationException(_session, request.RequestUri));
        }

        // With a cached token (nearly every call) no awaiter for the token is kept in the state
        // machine that waits for the answer: that state is allocated on every call answered
        // asynchronously, so each field of it is paid per call.
        return _session.Tokens.TryGetCached(out var token)
            ? SendAndRetryAsync(request, token, cancellationToken)
            : AcquireAndSendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> AcquireAndSendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await _session.Tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        return await SendAndRetryAsync(request, token, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAndRetryAsync(HttpRequestMessage request, AuthToken token, CancellationToken cancellationToken)
    {
        var response = await SendWithAsync(request, token, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !CanReplay(request.Content))
        {
            return response;
        }

        response.Dispose();
        return await RetryAfterRejectionAsync(request, token, cancellationToken).ConfigureAwait(false);
    }

    // Apart from the hot path, so a call that is not refused carries none of this in its state.
    private async Task<HttpResponseMessage> RetryAfterRejectionAsync(HttpRequestMessage request, AuthToken rejected, CancellationToken cancellationToken)
    {
        // A token another caller obtained while this request was out has not met whatever
        // ended this one: if it is refused too (a revocation of every token), this call may
        // renew once more. The call still costs at most one renewal of its own.
        var replacementUntried = _session.Tokens.HoldsReplacementFor(rejected);
        var renewed = await RenewAsync(rejected, cancellationToken).ConfigureAwait(false);
        var response = await SendWithAsync(request, renewed, cancellationToken).ConfigureAwait(false);
        if (!replacementUntried || response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        return await SendWithAsync(request, await RenewAsync(renewed, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    private async Task<AuthToken> RenewAsync(AuthToken rejected, CancellationToken cancellationToken)
    {
        AuthToken renewed;
        try
        {
            renewed = await _session.Tokens.RenewAfterRejectionAsync(rejected, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _session.Tokens.Telemetry.Reauthenticated(ex);
            throw;
        }

        _session.Tokens.Telemetry.Reauthenticated(failure: null);
        return renewed;
    }

    private Task<HttpResponseMessage> SendWithAsync(HttpRequestMessage request, AuthToken token, CancellationToken cancellationToken)
    {
        _session.Placement.Apply(request, token);
        return base.SendAsync(request, cancellationToken);
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
