using AuthClients.Mocks.Hosting;

namespace AuthClients.Mocks.Fuse;

/// <summary>
/// A Fuse Universal v5 mock running in this process on <c>http://127.0.0.1:&lt;free port&gt;</c>.
/// </summary>
/// <example>
/// <code>
/// await using var mock = await FuseMock.StartAsync(new FuseMockOptions { RotateTokensAfterUses = 1 });
/// var http = new HttpClient { BaseAddress = mock.BaseAddress };
/// // ... drive the client ...
/// mock.RotateTokens();               // the next call with the old token gets 401
/// Assert.Equal(2, mock.Counters.Logins);
/// </code>
/// </example>
public sealed class FuseMock : IAsyncDisposable
{
    private readonly MockHost _host;
    private readonly FuseMockState _state;

    private FuseMock(MockHost host)
    {
        _host = host;
        _state = host.Services.GetRequiredService<FuseMockState>();
    }

    /// <summary>The mock's root, e.g. <c>http://127.0.0.1:41234/</c>; the API is under <c>api/v5.0/</c>.</summary>
    public Uri BaseAddress => _host.BaseAddress;

    /// <summary>The state change URL to give a Pact verifier.</summary>
    public Uri ProviderStatesUri => _host.ProviderStatesUri;

    /// <summary>How often each endpoint was called, and how many 401s were answered.</summary>
    public FuseCounters Counters => _state.Counters;

    /// <summary>Starts a mock; with no options, it knows only the demo user and never rotates on its own.</summary>
    public static async Task<FuseMock> StartAsync(FuseMockOptions? options = null, CancellationToken cancellationToken = default)
    {
        var host = await MockHost.StartAsync(new FuseMockDefinition(options ?? new FuseMockOptions()), cancellationToken).ConfigureAwait(false);
        return new FuseMock(host);
    }

    /// <summary>
    /// Rotates now: every current token stops working, so the next call with one gets 401
    /// and the client has to log in again.
    /// </summary>
    public void RotateTokens() => _state.Tokens.RotateAll();

    /// <summary>Every token this mock has issued, so tests can check that none leaks into logs.</summary>
    public IReadOnlyList<string> IssuedTokens => _state.Tokens.EverIssued;

    /// <summary>Back to the starting state: the options' users, no current token, counters at 0.</summary>
    public void Reset() => _host.Reset();

    /// <summary>Stops the server and frees the port.</summary>
    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
