using AuthClients.Benchmarks.HandWritten;
using AuthClients.Benchmarks.Infrastructure;
using AuthClients.Datarhei;
using AuthClients.Fuse;
using AuthClients.ResolveInsights;
using AuthClients.Saymon;
using BenchmarkDotNet.Attributes;

namespace AuthClients.Benchmarks;

/// <summary>
/// One authenticated resource call with a cached token, over loopback to the stand-in Kestrel
/// server: a hand-written HttpClient call with System.Text.Json source generation (baseline of
/// each category) against the generated client as <c>Add&lt;Vendor&gt;Client</c> registers it
/// (Refit, the token handler, the redacting log handler and the retry pipeline included).
/// The round trip dominates and varies between processes (build/bench.sh runs three launches);
/// what the client itself costs, without that noise, is <see cref="ClientOverheadBenchmarks"/>.
/// </summary>
public class ResourceCallBenchmarks
{
    private StandInServer _server = null!;
    private HttpClient _http = null!;
    private RegisteredClients _clients = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await StandInServer.StartAsync();
        _http = new HttpClient { BaseAddress = _server.BaseAddress };
        _clients = new RegisteredClients(_server.BaseAddress, answerInMemory: false);

        // Log in once each and warm both paths: the benchmarks measure calls with a cached token.
        await Generated_Fuse();
        await Generated_FuseV4();
        await Generated_Saymon();
        await Generated_ResolveInsights();
        await Generated_Datarhei();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _clients.DisposeAsync();
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [BenchmarkCategory("Fuse v5"), Benchmark(Baseline = true)]
    public Task<HandFuseUser> HandWritten_Fuse() => HandWrittenVendorCalls.FuseAsync(_http);

    [BenchmarkCategory("Fuse v5"), Benchmark]
    public Task<FuseUser> Generated_Fuse() => _clients.Fuse.GetCurrentUserAsync();

    [BenchmarkCategory("Fuse v4"), Benchmark(Baseline = true)]
    public Task<HandFuseUser> HandWritten_FuseV4() => HandWrittenVendorCalls.FuseV4Async(_http);

    [BenchmarkCategory("Fuse v4"), Benchmark]
    public Task<FuseV4User> Generated_FuseV4() => _clients.FuseV4.GetCurrentUserAsync("v4.4");

    [BenchmarkCategory("SAYMON"), Benchmark(Baseline = true)]
    public Task<HandSaymonUser> HandWritten_Saymon() => HandWrittenVendorCalls.SaymonAsync(_http);

    [BenchmarkCategory("SAYMON"), Benchmark]
    public Task<SaymonUser> Generated_Saymon() => _clients.Saymon.GetCurrentUserAsync();

    [BenchmarkCategory("Resolve Insights"), Benchmark(Baseline = true)]
    public Task<HandResolveUserDetail> HandWritten_ResolveInsights() => HandWrittenVendorCalls.ResolveInsightsAsync(_http);

    [BenchmarkCategory("Resolve Insights"), Benchmark]
    public Task<ResolveUserDetail> Generated_ResolveInsights() => _clients.ResolveInsights.GetLoggedInUserDetailAsync();

    [BenchmarkCategory("datarhei Core"), Benchmark(Baseline = true)]
    public Task<IReadOnlyList<HandDatarheiFilesystem>> HandWritten_Datarhei() => HandWrittenVendorCalls.DatarheiAsync(_http);

    [BenchmarkCategory("datarhei Core"), Benchmark]
    public Task<IReadOnlyList<DatarheiFilesystem>> Generated_Datarhei() => _clients.Datarhei.ListFilesystemsAsync();
}
