using AuthClients.Benchmarks.Infrastructure;
using AuthClients.Core;
using AuthClients.Fuse;
using AuthClients.Redis;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.Benchmarks;

/// <summary>
/// The vendor calls of <see cref="VendorCallBenchmarks"/> with the network taken out: every
/// variant's primary handler answers in memory (<see cref="CannedResponses"/>), so the ratios
/// show what the client's own work costs, free of the round trip's noise. For Fuse
/// v5 the layers are split: the generated Refit implementation alone, the full client as
/// registered by default (token and log handlers), and the same with the opt-in retry pipeline. <see cref="Asynchronously"/> answers as a socket does (see
/// <see cref="CannedResponses"/>): the allocations a real call pays.
/// </summary>
public class ClientOverheadBenchmarks : VendorCallBenchmarks
{
    [Params(false, true)]
    public bool Asynchronously { get; set; }

    private StandInServer _server = null!;
    private RegisteredClients _clientsWithRetries = null!;
    private HttpClient _fixedHeaderHttp = null!;
    private IFuseV5Api _fuseRefitOnly = null!;
    private ServiceProvider _namedSessions = null!;
    private IFuseV5Api _fuseNamedAcme = null!;
    private IFuseV5Api _fuseShared = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        // Logins still go to the stand-in server (the token clients keep their own handler);
        // only the resource calls, the part measured, are answered in memory.
        _server = await StandInServer.StartAsync();
        var at = _server.BaseAddress;
        FuseHttp = InMemory(DocumentedBodies.FuseUser);
        SaymonHttp = InMemory(DocumentedBodies.SaymonUser);
        ResolveHttp = InMemory(DocumentedBodies.ResolveUserDetail);
        DatarheiHttp = InMemory(DocumentedBodies.DatarheiFilesystems);

        Clients = new RegisteredClients(at, answerInMemory: true, Asynchronously);
        _clientsWithRetries = new RegisteredClients(at, answerInMemory: true, Asynchronously, fuse => ((AuthClientBuilder)fuse).WithTransientRetries());
        _fixedHeaderHttp = new HttpClient(new FixedAuthTokenHeader(new CannedResponses(DocumentedBodies.FuseUser, Asynchronously))) { BaseAddress = at };
        _fuseRefitOnly = Refit.RestService.ForGenerated<IFuseV5Api>(_fixedHeaderHttp, FuseV5JsonContext.CreateRefitSettings());

        // Two named instances in one container, as a multi-customer service registers them.
        var named = new ServiceCollection();
        foreach (var name in new[] { "acme", "globex" })
        {
            named.AddFuseClient(name, o => (o.BaseAddress, o.LoginName, o.Password) = (at, "bench", "bench-password"))
                .ConfigurePrimaryHttpMessageHandler(() => new CannedResponses(DocumentedBodies.FuseUser, Asynchronously));
        }

        // A third, shared with other replicas through Redis (build/bench.sh starts one): the
        // cached-token call must cost what the unshared one does.
        named.AddAuthClientsRedis(o => o.Configuration = Environment.GetEnvironmentVariable("AUTHCLIENTS_REDIS") ?? "127.0.0.1:6379");
        named.AddFuseClient("shared", o => (o.BaseAddress, o.LoginName, o.Password) = (at, "bench", "bench-password"))
            .UseDistributedTokenCache()
            .ConfigurePrimaryHttpMessageHandler(() => new CannedResponses(DocumentedBodies.FuseUser, Asynchronously));

        _namedSessions = named.BuildServiceProvider();
        _fuseNamedAcme = _namedSessions.GetRequiredKeyedService<IFuseV5Api>("acme");
        _fuseShared = _namedSessions.GetRequiredKeyedService<IFuseV5Api>("shared");
        await _fuseNamedAcme.GetCurrentUserAsync();
        await _fuseShared.GetCurrentUserAsync();

        await LogInEveryClientAsync();
        await GeneratedWithRetries_Fuse();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await Clients.DisposeAsync();
        await _clientsWithRetries.DisposeAsync();
        await _namedSessions.DisposeAsync();
        foreach (var http in new[] { FuseHttp, SaymonHttp, ResolveHttp, DatarheiHttp, _fixedHeaderHttp })
        {
            http.Dispose();
        }

        await _server.DisposeAsync();
    }

    [BenchmarkCategory("Fuse v5"), Benchmark]
    public Task<FuseUser> RefitOnly_Fuse() => _fuseRefitOnly.GetCurrentUserAsync();

    /// <summary>The full client with <c>WithTransientRetries()</c>: what the opt-in retry pipeline costs a call.</summary>
    [BenchmarkCategory("Fuse v5"), Benchmark]
    public Task<FuseUser> GeneratedWithRetries_Fuse() => _clientsWithRetries.Fuse.GetCurrentUserAsync();

    /// <summary>The same call through the named instance "acme" of two: what a named session costs next to the default one.</summary>
    [BenchmarkCategory("Fuse v5"), Benchmark]
    public Task<FuseUser> NamedSession_Fuse() => _fuseNamedAcme.GetCurrentUserAsync();

    /// <summary>The same call on a session shared across replicas through Redis (<c>UseDistributedTokenCache</c>), token cached.</summary>
    [BenchmarkCategory("Fuse v5"), Benchmark]
    public Task<FuseUser> SharedSession_Fuse() => _fuseShared.GetCurrentUserAsync();

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
