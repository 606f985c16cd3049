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
    private Uri _baseAddress;
    private IDisposable? _optionsSubscription;

    internal AuthSession(string name, string vendor, TokenPlacement placement, Uri baseAddress, TokenSession tokens, ApiErrorTranslator translator, SessionSecrets secrets)
    {
        Name = name;
        Vendor = vendor;
        Placement = placement;
        _baseAddress = baseAddress;
        Tokens = tokens;
        Translator = translator;
        _secrets = secrets;
    }

    /// <summary>The session's name (the instance or tenant name; empty for the default instance).</summary>
    public string Name { get; }

    /// <summary>The vendor's name as messages show it.</summary>
    public string Vendor { get; }

    /// <summary>The only address the session's token is sent to.</summary>
    public Uri BaseAddress => Volatile.Read(ref _baseAddress);

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
        var baseAddress = BaseAddress;
        return requestUri is { IsAbsoluteUri: true }
            && requestUri.Port == baseAddress.Port
            && string.Equals(requestUri.Scheme, baseAddress.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(requestUri.IdnHost, baseAddress.IdnHost, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>New options: new address, new secrets, new credentials; the old token is dropped.</summary>
    internal void Reconfigure(Uri baseAddress, IEnumerable<string?> secrets, ITokenEndpoint endpoint, TokenSessionOptions options)
    {
        _secrets.SetConfigured(secrets);
        Volatile.Write(ref _baseAddress, baseAddress);
        Tokens.ReplaceCredentials(endpoint, options);
    }

    /// <summary>Stops following option changes when the session is disposed.</summary>
    internal void Follow(IDisposable? optionsSubscription) => _optionsSubscription = optionsSubscription;

    /// <summary>Forgets the token and stops following option changes.</summary>
    public void Dispose()
    {
        _optionsSubscription?.Dispose();
        Tokens.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => $"AuthSession({Vendor} '{Name}' at {BaseAddress})";
}
