using AuthClients.Mocks.Hosting;

namespace AuthClients.Mocks.Datarhei;

/// <summary>The datarhei Core provider mock, in process on 127.0.0.1.</summary>
public sealed class DatarheiMock : RunningMock<DatarheiMockState>
{
    private DatarheiMock(MockHost host)
        : base(host)
    {
    }

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
}
