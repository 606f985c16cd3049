using AuthClients.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;

namespace AuthClients.Benchmarks;

/// <summary>
/// The vendor calls of <see cref="VendorCallBenchmarks"/> over loopback to the stand-in Kestrel
/// server (Refit, the token handler, the redacting log handler and the retry pipeline included).
/// The round trip dominates and varies between processes (build/bench.sh runs three launches);
/// what the client itself costs, without that noise, is <see cref="ClientOverheadBenchmarks"/>.
/// </summary>
public class ResourceCallBenchmarks : VendorCallBenchmarks
{
    private StandInServer _server = null!;
    private HttpClient _http = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await StandInServer.StartAsync();
        _http = new HttpClient { BaseAddress = _server.BaseAddress };
        (FuseHttp, SaymonHttp, ResolveHttp, DatarheiHttp) = (_http, _http, _http, _http);
        Clients = new RegisteredClients(_server.BaseAddress, answerInMemory: false);
        await LogInEveryClientAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await Clients.DisposeAsync();
        _http.Dispose();
        await _server.DisposeAsync();
    }
}
