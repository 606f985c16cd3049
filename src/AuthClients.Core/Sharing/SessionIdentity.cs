namespace AuthClients.Core;

/// <summary>
/// What names a session across processes: two processes share a token only when all of it is
/// equal. It carries no secret (the user name is an account name, not a credential).
/// </summary>
/// <param name="Client">The client's definition name (e.g. <c>AuthClients.Fuse.V5</c>).</param>
/// <param name="Session">The session's name (instance or tenant; empty for the default one).</param>
/// <param name="BaseAddress">The vendor instance the token is valid at.</param>
/// <param name="User">The account the token belongs to, if the vendor's options name one.</param>
public sealed record SessionIdentity(string Client, string Session, Uri BaseAddress, string? User);
