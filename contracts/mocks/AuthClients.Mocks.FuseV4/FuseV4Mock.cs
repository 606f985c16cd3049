using AuthClients.Mocks.Hosting;

namespace AuthClients.Mocks.FuseV4;

/// <summary>
/// The Fuse Universal v4.4-and-below provider mock, in process on 127.0.0.1:
/// <c>await using var mock = await FuseV4Mock.StartAsync();</c>
/// </summary>
public sealed class FuseV4Mock : RunningMock<FuseV4MockState>
{
    private FuseV4Mock(MockHost host)
        : base(host)
    {
    }

    public int Logins => State.Counters.Get("Logins");

    public int CurrentUserCalls => State.Counters.Get("CurrentUserCalls");

    public int Unauthorized => State.Counters.Get("Unauthorized");

    public static async Task<FuseV4Mock> StartAsync(FuseV4MockOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await MockHost.StartAsync(Definition(options ?? new FuseV4MockOptions()), cancellationToken).ConfigureAwait(false));

    public static IMockDefinition Definition(FuseV4MockOptions options) =>
        new ControllerMockDefinition<FuseV4ProviderStateHandler>(typeof(FuseV4Controller).Assembly, services =>
        {
            services.AddSingleton(options);
            services.AddSingleton<FuseV4MockState>();
        });

    /// <summary>Every current token stops working, so the next call with one gets 401.</summary>
    public void RotateTokens() => State.RotateTokens();
}
