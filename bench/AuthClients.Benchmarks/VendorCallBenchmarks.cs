using AuthClients.Benchmarks.HandWritten;
using AuthClients.Benchmarks.Infrastructure;
using AuthClients.Datarhei;
using AuthClients.Fuse;
using AuthClients.ResolveInsights;
using AuthClients.Saymon;
using BenchmarkDotNet.Attributes;

namespace AuthClients.Benchmarks;

/// <summary>
/// Every vendor's cached-token resource call, one category each: written by hand with HttpClient
/// and System.Text.Json source generation (the category's baseline) against the generated client
/// as <c>Add&lt;Vendor&gt;Client</c> registers it. Subclasses decide where the calls are answered
/// and set the clients up.
/// </summary>
public abstract class VendorCallBenchmarks
{
    /// <summary>The hand-written calls' clients, per vendor (Fuse v4's calls go through Fuse's).</summary>
    private protected HttpClient FuseHttp { get; set; } = null!;

    private protected HttpClient SaymonHttp { get; set; } = null!;

    private protected HttpClient ResolveHttp { get; set; } = null!;

    private protected HttpClient DatarheiHttp { get; set; } = null!;

    private protected RegisteredClients Clients { get; set; } = null!;

    [BenchmarkCategory("Fuse v5"), Benchmark(Baseline = true)]
    public Task<HandFuseUser> HandWritten_Fuse() => HandWrittenVendorCalls.FuseAsync(FuseHttp);

    [BenchmarkCategory("Fuse v5"), Benchmark]
    public Task<FuseUser> Generated_Fuse() => Clients.Fuse.GetCurrentUserAsync();

    [BenchmarkCategory("Fuse v4"), Benchmark(Baseline = true)]
    public Task<HandFuseUser> HandWritten_FuseV4() => HandWrittenVendorCalls.FuseV4Async(FuseHttp);

    [BenchmarkCategory("Fuse v4"), Benchmark]
    public Task<FuseV4User> Generated_FuseV4() => Clients.FuseV4.GetCurrentUserAsync("v4.4");

    [BenchmarkCategory("SAYMON"), Benchmark(Baseline = true)]
    public Task<HandSaymonUser> HandWritten_Saymon() => HandWrittenVendorCalls.SaymonAsync(SaymonHttp);

    [BenchmarkCategory("SAYMON"), Benchmark]
    public Task<SaymonUser> Generated_Saymon() => Clients.Saymon.GetCurrentUserAsync();

    [BenchmarkCategory("Resolve Insights"), Benchmark(Baseline = true)]
    public Task<HandResolveUserDetail> HandWritten_ResolveInsights() => HandWrittenVendorCalls.ResolveInsightsAsync(ResolveHttp);

    [BenchmarkCategory("Resolve Insights"), Benchmark]
    public Task<ResolveUserDetail> Generated_ResolveInsights() => Clients.ResolveInsights.GetLoggedInUserDetailAsync();

    [BenchmarkCategory("datarhei Core"), Benchmark(Baseline = true)]
    public Task<IReadOnlyList<HandDatarheiFilesystem>> HandWritten_Datarhei() => HandWrittenVendorCalls.DatarheiAsync(DatarheiHttp);

    [BenchmarkCategory("datarhei Core"), Benchmark]
    public Task<IReadOnlyList<DatarheiFilesystem>> Generated_Datarhei() => Clients.Datarhei.ListFilesystemsAsync();

    /// <summary>Logs every generated client in once: the benchmarks measure calls with a cached token.</summary>
    private protected async Task LogInEveryClientAsync()
    {
        await Generated_Fuse().ConfigureAwait(false);
        await Generated_FuseV4().ConfigureAwait(false);
        await Generated_Saymon().ConfigureAwait(false);
        await Generated_ResolveInsights().ConfigureAwait(false);
        await Generated_Datarhei().ConfigureAwait(false);
    }
}
