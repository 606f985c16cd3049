using AuthClients.Mocks.Hosting;

namespace AuthClients.Mocks.Datarhei;

/// <summary>The datarhei Core provider mock, in process on 127.0.0.1.</summary>
public sealed class DatarheiMock : IAsyncDisposable
{
    private readonly MockHost _host;

    private DatarheiMock(MockHost host)
    {
        _host = host;
        State = host.Services.GetRequiredService<DatarheiMockState>();
    }

    public Uri BaseAddress => _host.BaseAddress;

    public Uri ProviderStatesUri => _host.ProviderStatesUri;

    public DatarheiMockState State { get; }

    public int Logins => State.Counters.Get("Logins");

    public int FailedLogins => State.Counters.Get("FailedLogins");

    public int Refreshes => State.Counters.Get("Refreshes");

    public int FsCalls => State.Counters.Get("FsCalls");

    public int Unauthorized => State.Counters.Get("Unauthorized");

    public static async Task<DatarheiMock> StartAsync(DatarheiMockOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await MockHost.StartAsync(Definition(options ?? new DatarheiMockOptions()), cancellationToken).ConfigureAwait(false));

    public static IMockDefinition Definition(DatarheiMockOptions options) =>
        new ControllerMockDefinition<DatarheiProviderStateHandler>(typeof(DatarheiController).Assembly, services =>
        {
            services.AddSingleton(options);
            services.AddSingleton<DatarheiMockState>();
        });

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
