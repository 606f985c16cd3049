using AuthClients.Core;
using AuthClients.Fuse;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.Benchmarks;

/// <summary>
/// Runtime tenants: what resolving a cached tenant's client costs (against the cheapest lookup
/// there is, a dictionary hit, as the baseline: both must allocate nothing), and what one idle
/// tenant session holds, measured as the allocation of building 10,000 of them (their options,
/// session, token clients, error handling, HttpClient and generated API; no login).
/// </summary>
public class TenantBenchmarks
{
    private const int Tenants = 10_000;
    private static readonly Uri Vendor = new("https://fuse.example.com/");
    private readonly Dictionary<string, IFuseV5Api> _lookup = new(StringComparer.Ordinal);
    private ServiceProvider _services = null!;
    private AuthClientTenants<IFuseV5Api> _tenants = null!;
    private string[] _names = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _services = Services();
        _tenants = _services.GetRequiredService<AuthClientTenants<IFuseV5Api>>();
        _names = [.. Enumerable.Range(0, Tenants).Select(i => "tenant-" + i)];
        _lookup["tenant-1"] = await _tenants.GetAsync("tenant-1").ConfigureAwait(false);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _services.DisposeAsync().ConfigureAwait(false);

    [BenchmarkCategory("cached tenant"), Benchmark(Baseline = true)]
    public IFuseV5Api DictionaryHit() => _lookup["tenant-1"];

    [BenchmarkCategory("cached tenant"), Benchmark]
    public ValueTask<IFuseV5Api> CachedTenantClient() => _tenants.GetAsync("tenant-1");

    /// <summary>Allocated per operation = what one idle tenant session costs to build and hold.</summary>
    [BenchmarkCategory("idle tenants"), Benchmark(OperationsPerInvoke = Tenants)]
    public async Task BuildIdleTenantSessions()
    {
        await using var services = Services();
        var tenants = services.GetRequiredService<AuthClientTenants<IFuseV5Api>>();
        foreach (var name in _names)
        {
            await tenants.GetAsync(name).ConfigureAwait(false);
        }

        if (tenants.Count != Tenants)
        {
            throw new InvalidOperationException($"{tenants.Count} tenant sessions cached, {Tenants} expected.");
        }
    }

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddFuseTenants(
            (_, tenant, _) => ValueTask.FromResult(new FuseClientOptions { BaseAddress = Vendor, LoginName = tenant, Password = "bench-password" }),
            limits => limits.MaxSessions = Tenants);
        return services.BuildServiceProvider();
    }
}
