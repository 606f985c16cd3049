namespace AuthClients.Core;

/// <summary>
/// What a session's error messages must mask: the configured secrets (password, client
/// secret) and the token in use. The token session writes the token here; the error
/// translator reads it. Both depend on this object, not on each other.
/// </summary>
internal sealed class SessionSecrets
{
    private string?[] _configured = [];
    private AuthToken? _token;

    public void SetConfigured(IEnumerable<string?> secrets) => Volatile.Write(ref _configured, [.. secrets]);

    public void SetToken(AuthToken? token) => Volatile.Write(ref _token, token);

    public IEnumerable<string> All()
    {
        foreach (var secret in Volatile.Read(ref _configured))
        {
            if (!string.IsNullOrEmpty(secret))
            {
                yield return secret;
            }
        }

        if (Volatile.Read(ref _token) is { } token)
        {
            yield return token.Value;
            if (token.RefreshToken is { } refresh)
            {
                yield return refresh;
            }
        }
    }
}
