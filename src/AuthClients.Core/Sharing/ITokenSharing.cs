namespace AuthClients.Core;

/// <summary>
/// Coordinates a session's renewals with the other processes that hold the same session (the
/// replicas of a service): instead of logging in on its own, a process may adopt a token
/// another one obtained, or be the one that renews for all. The in-memory token stays the hot
/// path; this is consulted only when a token is missing, due or rejected.
/// </summary>
/// <remarks>
/// An implementation must always produce a token when <see cref="TokenSharingRequest.Renewer"/>
/// can: when the shared store is unreachable it renews in this process, as an unshared session does.
/// </remarks>
public interface ITokenSharing
{
    /// <summary>A token for <paramref name="request"/>'s session: adopted from the other processes, or renewed here.</summary>
    Task<RenewedToken> RenewAsync(TokenSharingRequest request, CancellationToken cancellationToken);
}
