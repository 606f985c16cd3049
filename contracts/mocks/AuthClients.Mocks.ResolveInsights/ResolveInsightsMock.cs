using AuthClients.Mocks.Hosting;

namespace AuthClients.Mocks.ResolveInsights;

/// <summary>The Resolve Insights provider mock, in process on 127.0.0.1.</summary>
public sealed class ResolveInsightsMock : IAsyncDisposable
{
    private readonly MockHost _host;

    private ResolveInsightsMock(MockHost host)
    {
        _host = host;
        State = host.Services.GetRequiredService<ResolveMockState>();
    }

    public Uri BaseAddress => _host.BaseAddress;

    public Uri ProviderStatesUri => _host.ProviderStatesUri;

    public ResolveMockState State { get; }

    public int PasswordGrants => State.Counters.Get("PasswordGrants");

    public int RefreshGrants => State.Counters.Get("RefreshGrants");

    public int Unauthorized => State.Counters.Get("Unauthorized");

    public static async Task<ResolveInsightsMock> StartAsync(ResolveMockOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await MockHost.StartAsync(Definition(options ?? new ResolveMockOptions()), cancellationToken).ConfigureAwait(false));

    public static IMockDefinition Definition(ResolveMockOptions options) =>
        new ControllerMockDefinition<ResolveProviderStateHandler>(typeof(ResolveInsightsController).Assembly, services =>
        {
            services.AddSingleton(options);
            services.AddSingleton<ResolveMockState>();
        });

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
