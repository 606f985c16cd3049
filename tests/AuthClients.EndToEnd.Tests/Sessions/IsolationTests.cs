using AuthClients.Core;
using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Fuse;
using AuthClients.Mocks.Fuse;
using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.EndToEnd.Tests.Sessions;

/// <summary>
/// A token never travels on another session's request, however IHttpClientFactory pools and
/// rotates handlers (the class of bug behind CVE-2024-51987 and refit#1679). The mock answers
/// GET /users/me with the account the token belongs to, so a request that carried another
/// tenant's token comes back with another tenant's id.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class IsolationTests : IAsyncLifetime
{
    private const int Tenants = 50;
    private const int CallersPerTenant = 100;

    // 5,000 concurrent calls on a 2-core machine that also runs the other test projects: a call
    // can queue past the default 30 s. These tests are about whose token goes where, not latency.
    private static readonly TimeSpan Patient = TimeSpan.FromMinutes(3);
    private FuseMock _mock = null!;

    public async Task InitializeAsync()
    {
        _mock = await FuseMock.StartAsync(FuseMockOptions.Knowing(
            Enumerable.Range(1, Tenants).Select(i => new FuseMockUser($"tenant{i}.user", $"tenant{i}-password") { Id = i })));
    }

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    [Fact]
    public async Task Fifty_named_sessions_with_100_callers_each_while_handlers_rotate_never_send_another_sessions_token()
    {
        var chains = 0;
        var collection = new ServiceCollection();
        for (var i = 1; i <= Tenants; i++)
        {
            var tenant = i;
            collection.AddFuseClient($"tenant{tenant}", o => (o.BaseAddress, o.LoginName, o.Password, o.Timeout) = (_mock.BaseAddress, $"tenant{tenant}.user", $"tenant{tenant}-password", Patient))
                .SetHandlerLifetime(TimeSpan.FromSeconds(1))
                // Bounded so 5,000 concurrent callers queue on a few connections instead of opening thousands.
                .ConfigurePrimaryHttpMessageHandler((handler, _) => ((SocketsHttpHandler)handler).MaxConnectionsPerServer = 4)
                .AddHttpMessageHandler(() =>
                {
                    Interlocked.Increment(ref chains);
                    return new PassThrough();
                });
        }

        await using var services = collection.BuildServiceProvider();

        // Three calls per caller, 700 ms apart: the one-second handlers expire during the run,
        // so later calls go through rotated handler chains.
        var wrong = await RunAsync(rounds: 3, async (tenant, _) =>
        {
            var api = services.GetRequiredKeyedService<IFuseV5Api>($"tenant{tenant}");
            return (await api.GetCurrentUserAsync()).Id ?? 0;
        });

        wrong.ShouldBe(0);
        _mock.Counters.Logins.ShouldBe(Tenants);
        chains.ShouldBeGreaterThan(Tenants, "handlers rotated during the run");
    }

    [Fact]
    public async Task Fifty_runtime_tenants_with_100_callers_each_never_send_another_tenants_token()
    {
        var collection = new ServiceCollection();
        collection.AddFuseTenants((_, tenant, _) => ValueTask.FromResult(new FuseClientOptions
        {
            BaseAddress = _mock.BaseAddress,
            LoginName = tenant + ".user",
            Password = tenant + "-password",
            Timeout = Patient,
        }),
        limits => limits.MaxConnectionsPerServer = 64);
        await using var services = collection.BuildServiceProvider();
        var tenants = services.GetRequiredService<AuthClientTenants<IFuseV5Api>>();

        var wrong = await RunAsync(rounds: 1, async (tenant, _) => (await (await tenants.GetAsync($"tenant{tenant}")).GetCurrentUserAsync()).Id ?? 0);

        wrong.ShouldBe(0);
        _mock.Counters.Logins.ShouldBe(Tenants);
    }

    /// <summary>Every tenant's callers call <paramref name="rounds"/> times; returns how many answers belonged to another tenant.</summary>
    private static async Task<int> RunAsync(int rounds, Func<int, int, Task<long>> call)
    {
        var wrong = 0;
        var callers = Enumerable.Range(1, Tenants).SelectMany(tenant => Enumerable.Range(0, CallersPerTenant).Select(async caller =>
        {
            for (var round = 0; round < rounds; round++)
            {
                if (round > 0)
                {
                    await Task.Delay(700);
                }

                if (await call(tenant, caller) != tenant)
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        }));
        await Task.WhenAll(callers);
        return wrong;
    }

    private sealed class PassThrough : DelegatingHandler;
}
