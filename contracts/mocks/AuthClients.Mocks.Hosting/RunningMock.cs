using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.Mocks.Hosting;

/// <summary>
/// A vendor mock started in this process: where it listens, where a Pact verifier sends state
/// changes, and the state its tests inspect. Each vendor adds its counters and how it starts.
/// </summary>
public abstract class RunningMock<TState> : IAsyncDisposable
    where TState : notnull
{
    private readonly MockHost _host;

    /// <summary>Wraps a started <paramref name="host"/>; its services must hold a <typeparamref name="TState"/>.</summary>
    protected RunningMock(MockHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        _host = host;
        State = host.Services.GetRequiredService<TState>();
    }

    /// <summary>The mock's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress => _host.BaseAddress;

    /// <summary>The state change URL to give a Pact verifier.</summary>
    public Uri ProviderStatesUri => _host.ProviderStatesUri;

    /// <summary>What the mock remembers between calls: users, tokens, counters.</summary>
    public TState State { get; }

    /// <summary>Stops the server and frees the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }
}
