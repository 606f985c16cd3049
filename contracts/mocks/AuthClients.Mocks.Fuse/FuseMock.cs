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
public sealed class FuseMock : RunningMock<FuseMockState>
{
    private FuseMock(MockHost host)
        : base(host)
    {
    }

    /// <summary>How often each endpoint was called, and how many 401s were answered.</summary>
    public FuseCounters Counters => State.Counters;

    /// <summary>Every token this mock has issued, so tests can check that none leaks into logs.</summary>
    public IReadOnlyList<string> IssuedTokens => State.Tokens.EverIssued;

    /// <summary>When each token was issued, in order (the cluster soak puts each login in the stretch it served).</summary>
    public IReadOnlyList<DateTimeOffset> TokenIssueTimes => State.Tokens.IssueTimes;

    /// <summary>Starts a mock; with no options, it knows only the demo user and never rotates on its own.</summary>
    public static async Task<FuseMock> StartAsync(FuseMockOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await MockHost.StartAsync(Definition(options ?? new FuseMockOptions()), cancellationToken).ConfigureAwait(false));

    /// <summary>The mock for the shared host: its state, controller and provider states.</summary>
    public static IMockDefinition Definition(FuseMockOptions options) =>
        new ControllerMockDefinition<FuseProviderStateHandler>(typeof(FuseController).Assembly, services =>
        {
            services.AddSingleton(options);
            services.AddSingleton(new FuseCounters(new RequestCounters()));
            services.AddSingleton<FuseMockState>();
        });

    /// <summary>
    /// Rotates now: every current token stops working, so the next call with one gets 401
    /// and the client has to log in again. Returns the moment it happened: a token issued
    /// before it is ended, one issued after it is not.
    /// </summary>
    public DateTimeOffset RotateTokens() => State.Tokens.RotateAll();
}
