using AuthClients.Fuse;
using AuthClients.Mocks.Fuse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AuthClients.EndToEnd.Tests.Observability;

/// <summary><c>AddHealthChecks().AddFuseCheck(name)</c> against the Fuse mock, through the health check service.</summary>
public sealed class HealthCheckEndToEndTests : IAsyncLifetime
{
    private const string WrongPassword = "wrong-password-health-1";
    private FuseMock _mock = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _mock = await FuseMock.StartAsync();
        var services = new ServiceCollection();
        services.AddFuseClient("good", o => (o.BaseAddress, o.LoginName, o.Password) = (_mock.BaseAddress, "demo.user", "demo-password"));
        services.AddFuseClient("bad", o => (o.BaseAddress, o.LoginName, o.Password) = (_mock.BaseAddress, "demo.user", WrongPassword));
        services.AddFuseClient("gone", o => (o.BaseAddress, o.LoginName, o.Password, o.Timeout) = (ClosedPort(), "demo.user", "demo-password", TimeSpan.FromSeconds(5)));
        services.AddHealthChecks().AddFuseCheck("good").AddFuseCheck("bad").AddFuseCheck("gone", checkName: "fuse-gone");
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _mock.DisposeAsync();
    }

    [Fact]
    public async Task Healthy_with_a_token_Unhealthy_when_refused_or_unreachable_then_Degraded_during_the_backoff()
    {
        var health = _services.GetRequiredService<HealthCheckService>();

        var first = await health.CheckHealthAsync();
        var loginsAfterFirst = _mock.Counters.Logins;
        var second = await health.CheckHealthAsync();

        first.Entries["AuthClients.Fuse.V5:good"].Status.ShouldBe(HealthStatus.Healthy);
        first.Entries["AuthClients.Fuse.V5:bad"].Status.ShouldBe(HealthStatus.Unhealthy);
        first.Entries["AuthClients.Fuse.V5:bad"].Description.ShouldNotBeNull().ShouldContain("Unauthorized 401");
        first.Entries["fuse-gone"].Status.ShouldBe(HealthStatus.Unhealthy);
        first.Entries["fuse-gone"].Description.ShouldNotBeNull().ShouldContain("refused the connection");
        loginsAfterFirst.ShouldBe(2, "one login for good, one refused for bad");

        second.Entries["AuthClients.Fuse.V5:good"].Status.ShouldBe(HealthStatus.Healthy);
        second.Entries["AuthClients.Fuse.V5:bad"].Status.ShouldBe(HealthStatus.Degraded);
        _mock.Counters.Logins.ShouldBe(loginsAfterFirst, "a cached token and a remembered refusal send no login");

        foreach (var entry in first.Entries.Values.Concat(second.Entries.Values))
        {
            var text = (entry.Description ?? string.Empty) + string.Join(",", entry.Data.Select(d => $"{d.Key}={d.Value}"));
            text.ShouldNotContain(WrongPassword);
            text.ShouldNotContain("demo-password");
            foreach (var token in _mock.IssuedTokens)
            {
                text.ShouldNotContain(token);
            }
        }
    }

    private static Uri ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
