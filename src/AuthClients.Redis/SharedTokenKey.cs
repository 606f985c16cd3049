using System.Security.Cryptography;
using System.Text;
using AuthClients.Core;

namespace AuthClients.Redis;

/// <summary>
/// The Redis key of a session's shared token: the client's name for operators to read, and a
/// SHA-256 of the whole identity (client, session, instance, account), so no account name is
/// stored in clear and two sessions differing in any part never meet.
/// </summary>
internal static class SharedTokenKey
{
    public static string For(string prefix, SessionIdentity identity)
    {
        var text = string.Join('\n', identity.Client, identity.Session, identity.BaseAddress.AbsoluteUri, identity.User ?? string.Empty);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return $"{prefix}token:{identity.Client}:{hash}";
    }

    public static string Lock(string tokenKey) => tokenKey + ":lock";
}
