using System.Net.Http.Headers;
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
/// One authenticated resource call with a cached token, over loopback: a hand-written
/// HttpClient call with System.Text.Json source generation (baseline of each category) against
/// the generated client as registered by <c>Add&lt;Vendor&gt;Client</c> (Refit, the token handler,
/// the redacting log handler and the standard resilience pipeline included).
/// </summary>
public class ResourceCallBenchmarks
{
    private StandInServer _server = null!;
    private HttpClient _http = null!;
    private ServiceProvider _services = null!;
    private IFuseV5Api _fuse = null!;
    private IFuseV5Api _fuseRefitOnly = null!;
    private IFuseV5Api _fuseWithoutResilience = null!;
    private ServiceProvider _servicesWithoutResilience = null!;
    private HttpClient _fixedHeaderHttp = null!;
    private IFuseV4Api _fuseV4 = null!;
    private ISaymonApi _saymon = null!;
    private IResolveInsightsApi _resolve = null!;
    private IDatarheiApi _datarhei = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await StandInServer.StartAsync();
        _http = new HttpClient { BaseAddress = _server.BaseAddress };

        var services = new ServiceCollection();
        var at = _server.BaseAddress;
        services.AddFuseClient(o => (o.BaseAddress, o.LoginName, o.Password) = (at, "bench", "bench-password"));
        services.AddFuseV4Client(o => (o.BaseAddress, o.LoginName, o.Password) = (at, "bench", "bench-password"));
        services.AddSaymonClient(o => (o.BaseAddress, o.Login, o.Password, o.UserId) = (at, "admin", "admin-password", "5e21b752308c3c66d64e072c"));
        services.AddResolveInsightsClient(o => (o.BaseAddress, o.Username, o.Password) = (at, "demo@resolve.io", "demo-password"));
        services.AddDatarheiClient(o => (o.BaseAddress, o.Username, o.Password) = (at, "admin", "datarhei"));
        _services = services.BuildServiceProvider();
        _fuse = _services.GetRequiredService<IFuseV5Api>();
        _fuseV4 = _services.GetRequiredService<IFuseV4Api>();
        _saymon = _services.GetRequiredService<ISaymonApi>();
        _resolve = _services.GetRequiredService<IResolveInsightsApi>();
        _datarhei = _services.GetRequiredService<IDatarheiApi>();

        // The breakdown: the generated Refit implementation alone, over an HttpClient that only
        // adds the header, shows what Refit costs apart from our handlers (token, log, resilience).
        _fixedHeaderHttp = new HttpClient(new FixedAuthTokenHeader()) { BaseAddress = _server.BaseAddress };
        _fuseRefitOnly = Refit.RestService.ForGenerated<IFuseV5Api>(_fixedHeaderHttp, FuseV5JsonContext.CreateRefitSettings());

        // The same registration minus the standard resilience pipeline: what the retries cost.
        var withoutResilience = new ServiceCollection();
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental.
        withoutResilience.AddFuseClient(o => (o.BaseAddress, o.LoginName, o.Password) = (at, "bench", "bench-password")).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        _servicesWithoutResilience = withoutResilience.BuildServiceProvider();
        _fuseWithoutResilience = _servicesWithoutResilience.GetRequiredService<IFuseV5Api>();

        // Log in once each and warm both paths: the benchmarks measure calls with a cached token.
        await Generated_Fuse();
        await RefitOnly_Fuse();
        await GeneratedWithoutResilience_Fuse();
        await Generated_FuseV4();
        await Generated_Saymon();
        await Generated_ResolveInsights();
        await Generated_Datarhei();
        await HandWritten_Fuse();
        await HandWritten_FuseV4();
        await HandWritten_Saymon();
        await HandWritten_ResolveInsights();
        await HandWritten_Datarhei();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _services.DisposeAsync();
        await _servicesWithoutResilience.DisposeAsync();
        _http.Dispose();
        _fixedHeaderHttp.Dispose();
        await _server.DisposeAsync();
    }

    [BenchmarkCategory("Fuse v5"), Benchmark(Baseline = true)]
    public Task<HandFuseUser> HandWritten_Fuse() =>
        HandWrittenCall.GetAsync(_http, "api/v5.0/users/me", r => r.Headers.Add("Auth-Token", "RVt-k4zQJRyMBx3L"), HandWrittenJsonContext.Default.HandFuseUser);

    [BenchmarkCategory("Fuse v5"), Benchmark]
    public Task<FuseUser> RefitOnly_Fuse() => _fuseRefitOnly.GetCurrentUserAsync();

    [BenchmarkCategory("Fuse v5"), Benchmark]
    public Task<FuseUser> GeneratedWithoutResilience_Fuse() => _fuseWithoutResilience.GetCurrentUserAsync();

    [BenchmarkCategory("Fuse v5"), Benchmark]
    public Task<FuseUser> Generated_Fuse() => _fuse.GetCurrentUserAsync();

    [BenchmarkCategory("Fuse v4"), Benchmark(Baseline = true)]
    public Task<HandFuseUser> HandWritten_FuseV4() =>
        HandWrittenCall.GetAsync(_http, "api/v4.4/users/me?auth_token=Rn26mdxAs1_jjzVt__ySga", _ => { }, HandWrittenJsonContext.Default.HandFuseUser);

    [BenchmarkCategory("Fuse v4"), Benchmark]
    public Task<FuseV4User> Generated_FuseV4() => _fuseV4.GetCurrentUserAsync("v4.4");

    [BenchmarkCategory("SAYMON"), Benchmark(Baseline = true)]
    public Task<HandSaymonUser> HandWritten_Saymon() =>
        HandWrittenCall.GetAsync(_http, "node/api/users/current?api-token=a5f946dc-4c21-4ccd-b78b-f0a5fce94f4d", _ => { }, HandWrittenJsonContext.Default.HandSaymonUser);

    [BenchmarkCategory("SAYMON"), Benchmark]
    public Task<SaymonUser> Generated_Saymon() => _saymon.GetCurrentUserAsync();

    [BenchmarkCategory("Resolve Insights"), Benchmark(Baseline = true)]
    public Task<HandResolveUserDetail> HandWritten_ResolveInsights() =>
        HandWrittenCall.GetAsync(_http, "api/v2/users/loggedIn/detail", r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "6b2e0b1e-3f9a-4c6e-9d7a-0c1f5e2a9b10"), HandWrittenJsonContext.Default.HandResolveUserDetail);

    [BenchmarkCategory("Resolve Insights"), Benchmark]
    public Task<ResolveUserDetail> Generated_ResolveInsights() => _resolve.GetLoggedInUserDetailAsync();

    [BenchmarkCategory("datarhei Core"), Benchmark(Baseline = true)]
    public Task<IReadOnlyList<HandDatarheiFilesystem>> HandWritten_Datarhei() =>
        HandWrittenCall.GetAsync(_http, "api/v3/fs", r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"), HandWrittenJsonContext.Default.IReadOnlyListHandDatarheiFilesystem);

    [BenchmarkCategory("datarhei Core"), Benchmark]
    public Task<IReadOnlyList<DatarheiFilesystem>> Generated_Datarhei() => _datarhei.ListFilesystemsAsync();

    private sealed class FixedAuthTokenHeader() : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("Auth-Token", "RVt-k4zQJRyMBx3L");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
