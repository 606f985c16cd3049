using AuthClients.Core;
using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Mocks.ResolveInsights;
using AuthClients.Redis;
using AuthClients.ResolveInsights;
using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.EndToEnd.Tests.Replicas;

/// <summary>Runtime tenants shared through a real Redis: one login per tenant for the fleet, as named sessions have.</summary>
[Collection(TimingSensitive.Name)]
public sealed class TenantSharingTests : IAsyncLifetime
{
    private readonly string _prefix = $"test-{Guid.NewGuid():N}:";
    private readonly List<ServiceProvider> _replicas = [];
    private ResolveInsightsMock _mock = null!;
    private RedisServer _redis = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.Shared();
        _mock = await ResolveInsightsMock.StartAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }

        await _mock.DisposeAsync();
    }

    [Fact]
    public async Task Four_replicas_with_the_distributed_token_cache_log_a_tenant_in_once_and_one_without_it_logs_in_on_its_own()
    {
        var sharing = Enumerable.Range(0, 4).Select(_ => Replica(shared: true)).ToList();
        await Task.WhenAll(sharing.Select(r => r.GetRequiredService<RedisTokenStore>().ReadyAsync())).WaitAsync(TimeSpan.FromSeconds(30));

        await Task.WhenAll(sharing.SelectMany(r => Enumerable.Range(0, 10).Select(_ => CallAsync(r))));
        _mock.PasswordGrants.ShouldBe(1, "the tenant's session is one for the fleet");

        await CallAsync(Replica(shared: false));
        _mock.PasswordGrants.ShouldBe(2, "a replica that does not share logs the tenant in itself");
    }

    private static async Task CallAsync(IServiceProvider replica)
    {
        var api = await replica.GetRequiredService<AuthClientTenants<IResolveInsightsApi>>().GetAsync("acme");
        await api.GetLoggedInUserDetailAsync();
    }

    private ServiceProvider Replica(bool shared)
    {
        var services = new ServiceCollection();
        services.AddAuthClientsRedis(o =>
        {
            o.Configuration = _redis.Configuration;
            o.KeyPrefix = _prefix;
            o.OperationTimeout = Replicas.Replica.TestOperationTimeout;
        });
        services.AddResolveInsightsTenants(
            (_, _, _) => ValueTask.FromResult(new ResolveInsightsClientOptions { BaseAddress = _mock.BaseAddress, Username = "demo@resolve.io", Password = "demo-password" }),
            tenants =>
            {
                if (shared)
                {
                    tenants.UseDistributedTokenCache();
                }
            });
        var provider = services.BuildServiceProvider();
        _replicas.Add(provider);
        return provider;
    }
}
