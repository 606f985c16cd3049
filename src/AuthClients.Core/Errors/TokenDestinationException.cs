namespace AuthClients.Core;

/// <summary>
/// A request through a session's client was addressed to another host than the session's: it
/// is not sent, so the session's token never reaches a host it does not belong to.
/// </summary>
public sealed class TokenDestinationException : AuthClientsException
{
    internal TokenDestinationException(AuthSession session, Uri? requestUri)
        : base($"The {session.Vendor} session '{session.Name}' sends its token only to {session.BaseAddress.GetLeftPart(UriPartial.Authority)}; "
            + $"a request to {Describe(requestUri)} was not sent. Use a client of the session for that host.")
    {
    }

    private static string Describe(Uri? uri) => uri is { IsAbsoluteUri: true } ? uri.GetLeftPart(UriPartial.Authority) : "a relative address (the client has no base address)";
}
