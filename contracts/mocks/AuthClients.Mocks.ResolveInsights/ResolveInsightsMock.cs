using AuthClients.Mocks.Hosting;

namespace AuthClients.Mocks.ResolveInsights;

/// <summary>The Resolve Insights provider mock, in process on 127.0.0.1.</summary>
public sealed class ResolveInsightsMock : RunningMock<ResolveMockState>
{
    private ResolveInsightsMock(MockHost host)
        : base(host)
    {
    }

    public int PasswordGrants => State.Counters.Get("PasswordGrants");

    public int RefreshGrants => State.Counters.Get("RefreshGrants");

    /// <summary>Refreshes refused because their refresh token had been spent already (single-use refresh tokens).</summary>
    public int SpentRefreshReuses => State.Counters.Get("SpentRefreshReuse");

    public int Unauthorized => State.Counters.Get("Unauthorized");

    public static async Task<ResolveInsightsMock> StartAsync(ResolveMockOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await MockHost.StartAsync(Definition(options ?? new ResolveMockOptions()), cancellationToken).ConfigureAwait(false));

    public static IMockDefinition Definition(ResolveMockOptions options) =>
        new ControllerMockDefinition<ResolveProviderStateHandler>(typeof(ResolveInsightsController).Assembly, services =>
        {
            services.AddSingleton(options);
            services.AddSingleton<ResolveMockState>();
        });
}
