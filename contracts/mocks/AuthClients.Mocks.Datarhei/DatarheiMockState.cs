using System.Collections.Concurrent;
using AuthClients.Mocks.Hosting;

namespace AuthClients.Mocks.Datarhei;

/// <summary>What the datarhei Core mock remembers: options, tokens, accepted Auth0 tokens, counters.</summary>
public sealed class DatarheiMockState(DatarheiMockOptions options)
{
    // The options' Auth0 tokens plus those accepted later (provider states, tests); a reset goes
    // back to the options' alone, which are never changed.
    private readonly ConcurrentDictionary<string, bool> _auth0Tokens = new(options.Auth0Tokens.Select(t => KeyValuePair.Create(t, true)), StringComparer.Ordinal);

    public DatarheiMockOptions Options => options;

    public DatarheiTokens Tokens { get; } = new(options);

    public RequestCounters Counters { get; } = new();

    /// <summary>True when Core would exchange this Auth0 access token (the tenant and allowed users are its configuration).</summary>
    public bool AcceptsAuth0Token(string token) => _auth0Tokens.ContainsKey(token);

    /// <summary>Accepts one more Auth0 access token until the next reset.</summary>
    public void AcceptAuth0Token(string token) => _auth0Tokens[token] = true;

    /// <summary>Back to the Auth0 tokens the options name.</summary>
    public void ForgetAcceptedAuth0Tokens()
    {
        _auth0Tokens.Clear();
        foreach (var token in options.Auth0Tokens)
        {
            _auth0Tokens[token] = true;
        }
    }

    public void Reset()
    {
        ForgetAcceptedAuth0Tokens();
        Counters.Reset();
    }
}
