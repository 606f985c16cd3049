using AuthClients.Core;
using AuthClients.Fuse;
using AuthClients.Mocks.Fuse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.EndToEnd.Tests.Sessions;

/// <summary>Tenants known only at run time: options loaded on first use, sessions cached and bounded.</summary>
public sealed class TenantClientsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly Dictionary<string, int> _loads = [];
    private FuseMock _mock = null!;

    public async Task InitializeAsync()
    {
        _mock = await FuseMock.StartAsync(FuseMockOptions.Knowing(
            new (string Tenant, long Id)[] { ("a", 1), ("b", 2), ("c", 3) }.Select(t => new FuseMockUser(t.Tenant + ".user", t.Tenant + "-password") { Id = t.Id })));
    }

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    [Fact]
    public async Task A_second_call_for_the_same_tenant_reuses_its_session_and_token()
    {
        await using var services = Services();
        var tenants = services.GetRequiredService<AuthClientTenants<IFuseV5Api>>();

        var first = await tenants.GetAsync("a");
        (await first.GetCurrentUserAsync()).Id.ShouldBe(1);
        var second = await tenants.GetAsync("a");
        (await second.GetCurrentUserAsync()).Id.ShouldBe(1);

        second.ShouldBeSameAs(first);
        _mock.Counters.Logins.ShouldBe(1);
        _loads["a"].ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_first_calls_for_one_tenant_load_its_options_once()
    {
        await using var services = Services(loadDelay: TimeSpan.FromMilliseconds(100));
        var tenants = services.GetRequiredService<AuthClientTenants<IFuseV5Api>>();

        var apis = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => tenants.GetAsync("b").AsTask()));

        apis.Distinct().Count().ShouldBe(1);
        _loads["b"].ShouldBe(1);
    }

    [Fact]
    public async Task Beyond_the_limit_the_least_recently_used_session_is_disposed()
    {
        await using var services = Services(maxSessions: 2);
        var tenants = services.GetRequiredService<AuthClientTenants<IFuseV5Api>>();
        await (await tenants.GetAsync("a")).GetCurrentUserAsync();
        await (await tenants.GetAsync("b")).GetCurrentUserAsync();
        var sessionOfB = tenants.FindSession("b")!;
        await tenants.GetAsync("a");

        await tenants.GetAsync("c");
        await Task.Yield();

        tenants.Count.ShouldBe(2);
        tenants.FindSession("b").ShouldBeNull();
        tenants.FindSession("a").ShouldNotBeNull();
        await Should.ThrowAsync<ObjectDisposedException>(() => sessionOfB.Tokens.GetTokenAsync().AsTask());
    }

    [Fact]
    public async Task A_session_idle_longer_than_the_idle_timeout_is_disposed()
    {
        await using var services = Services(idle: TimeSpan.FromMinutes(10));
        var tenants = services.GetRequiredService<AuthClientTenants<IFuseV5Api>>();
        await (await tenants.GetAsync("a")).GetCurrentUserAsync();
        var session = tenants.FindSession("a")!;

        _time.Advance(TimeSpan.FromMinutes(11));
        await Task.Delay(50);

        tenants.Count.ShouldBe(0);
        await Should.ThrowAsync<ObjectDisposedException>(() => session.Tokens.GetTokenAsync().AsTask());
        (await (await tenants.GetAsync("a")).GetCurrentUserAsync()).Id.ShouldBe(1);
        _loads["a"].ShouldBe(2);
        _mock.Counters.Logins.ShouldBe(2);
    }

    [Fact]
    public async Task Evicting_a_tenant_makes_the_next_call_load_its_options_again()
    {
        await using var services = Services();
        var tenants = services.GetRequiredService<AuthClientTenants<IFuseV5Api>>();
        await tenants.GetAsync("a");

        tenants.Evict("a").ShouldBeTrue();
        await tenants.GetAsync("a");

        _loads["a"].ShouldBe(2);
    }

    [Fact]
    public async Task Bad_options_for_a_tenant_fail_naming_it_and_are_not_cached()
    {
        await using var services = Services();
        var tenants = services.GetRequiredService<AuthClientTenants<IFuseV5Api>>();

        var error = await Should.ThrowAsync<OptionsValidationException>(() => tenants.GetAsync("no-password").AsTask());
        await Should.ThrowAsync<OptionsValidationException>(() => tenants.GetAsync("no-password").AsTask());

        error.Message.ShouldContain("Fuse client 'no-password'");
        error.Message.ShouldContain("Password");
        tenants.Count.ShouldBe(0);
        _loads["no-password"].ShouldBe(2);
    }

    [Fact]
    public async Task Resolving_a_cached_tenants_client_allocates_nothing()
    {
        await using var services = Services();
        var tenants = services.GetRequiredService<AuthClientTenants<IFuseV5Api>>();
        await tenants.GetAsync("a");
        for (var i = 0; i < 100; i++)
        {
            _ = await tenants.GetAsync("a");
        }

        // Awaiting a completed ValueTask continues on this thread: the count covers every call.
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            _ = await tenants.GetAsync("a");
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
    }

    private ServiceProvider Services(int maxSessions = 100, TimeSpan? idle = null, TimeSpan? loadDelay = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddFuseTenants(
            async (_, tenant, cancellationToken) =>
            {
                lock (_loads)
                {
                    _loads[tenant] = _loads.GetValueOrDefault(tenant) + 1;
                }

                if (loadDelay is { } delay)
                {
                    await Task.Delay(delay, cancellationToken);
                }

                // As if read from a database: a tenant row with its credentials.
                return new FuseClientOptions
                {
                    BaseAddress = _mock.BaseAddress,
                    LoginName = tenant + ".user",
                    Password = tenant == "no-password" ? null : tenant + "-password",
                };
            },
            limits =>
            {
                limits.MaxSessions = maxSessions;
                limits.IdleTimeout = idle ?? TimeSpan.FromMinutes(30);
            });
        return services.BuildServiceProvider();
    }
}
