namespace AuthClients.Core;

/// <summary>
/// One instance of a vendor with one set of credentials: its token lifecycle, the host its
/// token may go to, and the error handling every API on it shares. Every API registered on
/// the session and every <see cref="System.Net.Http.HttpClient"/> that joins it uses its one
/// token, so one login serves them all.
/// </summary>
public sealed class AuthSession : IDisposable
{
    private readonly SessionSecrets _secrets;
    private Target _target;
    private IDisposable? _optionsSubscription;

    internal AuthSession(string name, string vendor, TokenPlacement placement, Uri baseAddress, TokenSession tokens, ApiErrorTranslator translator, SessionSecrets secrets)
    {
        Name = name;
        Vendor = vendor;
        Placement = placement;
        _target = new Target(baseAddress);
        Tokens = tokens;
        Translator = translator;
        _secrets = secrets;
    }

    /// <summary>The session's name (the instance or tenant name; empty for the default instance).</summary>
    public string Name { get; }

    /// <summary>The vendor's name as messages show it.</summary>
    public string Vendor { get; }

    /// <summary>The only address the session's token is sent to.</summary>
    public Uri BaseAddress => Volatile.Read(ref _target).BaseAddress;

    /// <summary>The token lifecycle (login and refresh counts, invalidation).</summary>
    public TokenSession Tokens { get; }

    internal TokenPlacement Placement { get; }

    internal ApiErrorTranslator Translator { get; }

    /// <summary>The plain clients the vendor's endpoint logs in with; kept so new credentials reuse them.</summary>
    internal TokenClients? TokenClients { get; init; }

    /// <summary>Refit settings for a generated API on this session: its JSON metadata, this session's error handling.</summary>
    internal Refit.RefitSettings Settings(Func<Refit.RefitSettings> generatedSettings) => Translator.Configure(generatedSettings());

    /// <summary>True when <paramref name="requestUri"/> goes to the session's scheme, host and port.</summary>
    internal bool Serves(Uri? requestUri)
    {
        if (requestUri is not { IsAbsoluteUri: true })
        {
            return false;
        }

        // The common case, a URL built on the session's own base address, is recognised from the
        // text it was built from: reading a new Uri's host would allocate on every call. Any other
        // spelling (a default port written out, another case, an IDN) is compared part by part.
        var target = Volatile.Read(ref _target);
        return requestUri.OriginalString.StartsWith(target.Prefix, StringComparison.OrdinalIgnoreCase)
            || (requestUri.Port == target.BaseAddress.Port
                && string.Equals(requestUri.Scheme, target.BaseAddress.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(requestUri.IdnHost, target.BaseAddress.IdnHost, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>New options: new address, new secrets, new credentials; the old token is dropped.</summary>
    internal void Reconfigure(Uri baseAddress, IEnumerable<string?> secrets, ITokenEndpoint endpoint, TokenSessionOptions options, SessionIdentity identity)
    {
        _secrets.SetConfigured(secrets);
        Volatile.Write(ref _target, new Target(baseAddress));
        Tokens.ReplaceCredentials(endpoint, options, identity);
    }

    /// <summary>Stops following option changes when the session is disposed.</summary>
    internal void Follow(IDisposable? optionsSubscription) => _optionsSubscription = optionsSubscription;

    /// <summary>Forgets the token and stops following option changes.</summary>
    public void Dispose()
    {
        _optionsSubscription?.Dispose();
        Tokens.Dispose();
    }

    /// <summary>
    /// The base address with its "scheme://host[:port]/" text: a URL that starts with that text
    /// goes to that host (the slash ends the authority, so no user-info or longer host name can
    /// follow it).
    /// </summary>
    private sealed class Target(Uri baseAddress)
    {
        public Uri BaseAddress { get; } = baseAddress;

        public string Prefix { get; } = baseAddress.GetLeftPart(UriPartial.Authority) + "/";
    }

    /// <inheritdoc />
    public override string ToString() => $"AuthSession({Vendor} '{Name}' at {BaseAddress})";
}
