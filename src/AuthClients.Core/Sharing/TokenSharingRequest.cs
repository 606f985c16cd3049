namespace AuthClients.Core;

/// <summary>What a session asks of <see cref="ITokenSharing"/> when it needs a new token.</summary>
public sealed class TokenSharingRequest
{
    /// <summary>Which session: shared only between processes that name the same one.</summary>
    public required SessionIdentity Session { get; init; }

    /// <summary>
    /// The token this process is replacing (due or rejected by the server), null when it has
    /// none. Only a shared token obtained after it may be adopted: the same one is the one
    /// being replaced, and an earlier one was ended by whatever ended this one.
    /// </summary>
    public RenewedToken? Stale { get; init; }

    /// <summary>The session's renewer, for when this process renews (for all, or alone).</summary>
    public required ITokenRenewal Renewer { get; init; }
}
