using AuthClients.Benchmarks.HandWritten;
using AuthClients.Benchmarks.Infrastructure;
using AuthClients.Datarhei;
using AuthClients.Fuse;
using AuthClients.ResolveInsights;
using AuthClients.Saymon;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.Benchmarks;

/// <summary>
/// The same cached-token calls as <see cref="ResourceCallBenchmarks"/> with the network taken
/// out: every variant's primary handler answers in memory (<see cref="CannedResponses"/>), so
/// the ratios show what the client's own work costs, free of the round trip's noise. For Fuse
/// v5 the layers are split: the generated Refit implementation alone, then the full client
/// without the retry pipeline. <see cref="Asynchronously"/> answers as a socket does (see
/// <see cref="CannedResponses"/>): the allocations a real call pays.
/// </summary>
public class ClientOverheadBenchmarks
{
    [Params(false, true)]
    public bool Asynchronously { get; set; }

    private StandInServer _server = null!;
    private HttpClient _fuseHttp = null!;
    private HttpClient _saymonHttp = null!;
    private HttpClient _resolveHttp = null!;
    private HttpClient _datarheiHttp = null!;
    private RegisteredClients _clients = null!;
    private RegisteredClients _clientsWithoutRetries = null!;
    private HttpClient _fixedHeaderHttp = null!;
    private IFuseV5Api _fuseRefitOnly = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        // Logins still go to the stand-in server (the token clients keep their own handler);
        // only the resource calls, the part measured, are answered in memory.
        _server = await StandInServer.StartAsync();
        var at = _server.BaseAddress;
        _fuseHttp = InMemory(DocumentedBodies.FuseUser);
        _saymonHttp = InMemory(DocumentedBodies.SaymonUser);
        _resolveHttp = InMemory(DocumentedBodies.ResolveUserDetail);
        _datarheiHttp = InMemory(DocumentedBodies.DatarheiFilesystems);

        _clients = new RegisteredClients(at, answerInMemory: true, Asynchronously);
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental.
        _clientsWithoutRetries = new RegisteredClients(at, answerInMemory: true, Asynchronously, fuse => fuse.RemoveAllResilienceHandlers());
#pragma warning restore EXTEXP0001
        _fixedHeaderHttp = new HttpClient(new FixedAuthTokenHeader(new CannedResponses(DocumentedBodies.FuseUser, Asynchronously))) { BaseAddress = at };
        _fuseRefitOnly = Refit.RestService.ForGenerated<IFuseV5Api>(_fixedHeaderHttp, FuseV5JsonContext.CreateRefitSettings());

        // Log in once each: the benchmarks measure calls with a cached token.
        await Generated_Fuse();
        await GeneratedWithoutRetries_Fuse();
        await Generated_FuseV4();
        await Generated_Saymon();
        await Generated_ResolveInsights();
        await Generated_Datarhei();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _clients.DisposeAsync();
        await _clientsWithoutRetries.DisposeAsync();
        foreach (var http in new[] { _fuseHttp, _saymonHttp, _resolveHttp, _datarheiHttp })
        {
            http.Dispose();
        }

        _fixedHeaderHttp.Dispose();
        await _server.DisposeAsync();
    }

    [BenchmarkCategory("Fuse v5"), Benchmark(Baseline = true)]
    public Task<HandFuseUser> HandWritten_Fuse() => HandWrittenVendorCalls.FuseAsync(_fuseHttp);

    [BenchmarkCategory("Fuse v5"), Benchmark]
    public Task<FuseUser> RefitOnly_Fuse() => _fuseRefitOnly.GetCurrentUserAsync();

    [BenchmarkCategory("Fuse v5"), Benchmark]
    public Task<FuseUser> GeneratedWithoutRetries_Fuse() => _clientsWithoutRetries.Fuse.GetCurrentUserAsync();

    [BenchmarkCategory("Fuse v5"), Benchmark]
    public Task<FuseUser> Generated_Fuse() => _clients.Fuse.GetCurrentUserAsync();

    [BenchmarkCategory("Fuse v4"), Benchmark(Baseline = true)]
    public Task<HandFuseUser> HandWritten_FuseV4() => HandWrittenVendorCalls.FuseV4Async(_fuseHttp);

    [BenchmarkCategory("Fuse v4"), Benchmark]
    public Task<FuseV4User> Generated_FuseV4() => _clients.FuseV4.GetCurrentUserAsync("v4.4");

    [BenchmarkCategory("SAYMON"), Benchmark(Baseline = true)]
    public Task<HandSaymonUser> HandWritten_Saymon() => HandWrittenVendorCalls.SaymonAsync(_saymonHttp);

    [BenchmarkCategory("SAYMON"), Benchmark]
    public Task<SaymonUser> Generated_Saymon() => _clients.Saymon.GetCurrentUserAsync();

    [BenchmarkCategory("Resolve Insights"), Benchmark(Baseline = true)]
    public Task<HandResolveUserDetail> HandWritten_ResolveInsights() => HandWrittenVendorCalls.ResolveInsightsAsync(_resolveHttp);

    [BenchmarkCategory("Resolve Insights"), Benchmark]
    public Task<ResolveUserDetail> Generated_ResolveInsights() => _clients.ResolveInsights.GetLoggedInUserDetailAsync();

    [BenchmarkCategory("datarhei Core"), Benchmark(Baseline = true)]
    public Task<IReadOnlyList<HandDatarheiFilesystem>> HandWritten_Datarhei() => HandWrittenVendorCalls.DatarheiAsync(_datarheiHttp);

    [BenchmarkCategory("datarhei Core"), Benchmark]
    public Task<IReadOnlyList<DatarheiFilesystem>> Generated_Datarhei() => _clients.Datarhei.ListFilesystemsAsync();

    private HttpClient InMemory(string body) => new(new CannedResponses(body, Asynchronously)) { BaseAddress = _server.BaseAddress };

    /// <summary>Only puts the token on: what the generated Refit implementation costs, apart from our handlers.</summary>
    private sealed class FixedAuthTokenHeader(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("Auth-Token", "RVt-k4zQJRyMBx3L");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
