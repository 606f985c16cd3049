using AuthClients.Mocks.Hosting;

namespace AuthClients.Mocks.Saymon;

/// <summary>
/// The SAYMON provider mock, in process on 127.0.0.1:
/// <c>await using var mock = await SaymonMock.StartAsync();</c>
/// </summary>
public sealed class SaymonMock : RunningMock<SaymonMockState>
{
    private SaymonMock(MockHost host)
        : base(host)
    {
    }

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
}
