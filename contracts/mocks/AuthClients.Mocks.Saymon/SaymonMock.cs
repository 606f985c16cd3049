using AuthClients.Mocks.Hosting;

namespace AuthClients.Mocks.Saymon;

/// <summary>
/// The SAYMON provider mock, in process on 127.0.0.1:
/// <c>await using var mock = await SaymonMock.StartAsync();</c>
/// </summary>
public sealed class SaymonMock : IAsyncDisposable
{
    private readonly MockHost _host;

    private SaymonMock(MockHost host)
    {
        _host = host;
        State = host.Services.GetRequiredService<SaymonMockState>();
    }

    public Uri BaseAddress => _host.BaseAddress;

    public Uri ProviderStatesUri => _host.ProviderStatesUri;

    public SaymonMockState State { get; }

    public int TokensCreated => State.Counters.Get("TokensCreated");

    public int CurrentUserCalls => State.Counters.Get("CurrentUserCalls");

    public int Unauthorized => State.Counters.Get("Unauthorized");

    public static async Task<SaymonMock> StartAsync(SaymonMockOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await MockHost.StartAsync(Definition(options ?? new SaymonMockOptions()), cancellationToken).ConfigureAwait(false));

    public static IMockDefinition Definition(SaymonMockOptions options) =>
        new ControllerMockDefinition<SaymonProviderStateHandler>(typeof(SaymonController).Assembly, services =>
        {
            services.AddSingleton(options);
            services.AddSingleton<SaymonMockState>();
        });

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
