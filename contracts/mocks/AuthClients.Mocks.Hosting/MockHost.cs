using AuthClients.Mocks.Hosting.ProviderStates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.Mocks.Hosting;

/// <summary>
/// A vendor mock running in this process on <c>http://127.0.0.1:&lt;free port&gt;</c>.
/// Dispose it to stop the server and free the port.
/// </summary>
/// <example>
/// <code>
/// await using var host = await MockHost.StartAsync(new SomeVendorMockDefinition());
/// var client = new HttpClient { BaseAddress = host.BaseAddress };
/// </code>
/// </example>
public sealed class MockHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private MockHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The mock's root, e.g. <c>http://127.0.0.1:41234/</c> (always ends with a slash).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The state change URL to give a Pact verifier.</summary>
    public Uri ProviderStatesUri => new(BaseAddress, ProviderStateEndpoint.Path.TrimStart('/'));

    /// <summary>The mock's services, so the vendor wrapper can reach its state and counters.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Puts the mock back in its starting state, as a Pact teardown does.</summary>
    public void Reset() => Services.GetRequiredService<IProviderStateHandler>().Reset();

    /// <summary>Builds the mock, starts it on a free loopback port and returns once it accepts requests.</summary>
    public static async Task<MockHost> StartAsync(IMockDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var app = MockApplication.BuildInProcess(definition);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            return new MockHost(app, ReadBoundAddress(app));
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops the server and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    // Port 0 is only resolved once Kestrel has bound; the server's address feature then holds the real port.
    private static Uri ReadBoundAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("The mock server started but reported no address.");
        return new Uri(address.TrimEnd('/') + "/");
    }
}
