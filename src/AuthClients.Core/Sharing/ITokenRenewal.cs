namespace AuthClients.Core;

/// <summary>
/// The renewer a session hands its <see cref="ITokenSharing"/> coordinator: renews in this
/// process, against the vendor, when the coordinator decides this process renews (it holds the
/// shared lock, or the shared store cannot be reached).
/// </summary>
public interface ITokenRenewal
{
    /// <summary>
    /// Refreshes from <paramref name="from"/> when it carries a refresh token the vendor accepts,
    /// logs in when it is null or cannot be refreshed; the token comes back with its renewal point.
    /// </summary>
    Task<RenewedToken> RenewHereAsync(AuthToken? from, CancellationToken cancellationToken);
}
