using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using AuthClients.Fuse;
using AuthClients.Mocks.Fuse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace AuthClients.EndToEnd.Tests.Observability;

/// <summary>
/// The "AuthClients" meter and activity source of a Fuse session against the Fuse mock, as an
/// OpenTelemetry exporter would see them: the meter from the container's IMeterFactory, the
/// login span the parent of the HTTP client span of the login request.
/// </summary>
public sealed class TelemetryEndToEndTests : IAsyncLifetime, IDisposable
{
    private const string Password = "demo-password";
    private readonly string _session = "otel-" + Guid.NewGuid().ToString("N")[..8];
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;
    private FuseMock _mock = null!;
    private ServiceProvider _services = null!;

    public TelemetryEndToEndTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "AuthClients" or "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    public async Task InitializeAsync()
    {
        _mock = await FuseMock.StartAsync();
        var services = new ServiceCollection();
        services.AddMetrics();
        services.AddFuseClient(_session, o => (o.BaseAddress, o.LoginName, o.Password) = (_mock.BaseAddress, "demo.user", Password));
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _mock.DisposeAsync();
    }

    [Fact]
    public async Task The_login_span_is_the_parent_of_the_login_requests_HTTP_span_and_carries_no_secret()
    {
        await Api.GetCurrentUserAsync();

        var login = _spans.Where(s => s.Source.Name == "AuthClients" && Equals(s.GetTagItem("authclients.session"), _session)).ShouldHaveSingleItem();
        login.DisplayName.ShouldBe("AuthClients login");
        login.GetTagItem("authclients.vendor").ShouldBe("Fuse");
        login.GetTagItem("authclients.outcome").ShouldBe("success");
        var http = _spans.Where(s => s.Source.Name == "System.Net.Http" && s.ParentSpanId == login.SpanId).ShouldHaveSingleItem();
        http.TraceId.ShouldBe(login.TraceId);
        (http.GetTagItem("url.full")?.ToString() ?? string.Empty).ShouldContain("/api/v5.0/session");
        var tagValues = login.TagObjects.Select(t => t.Value?.ToString() ?? string.Empty).Append(login.DisplayName).ToList();
        tagValues.ShouldAllBe(v => !v.Contains(Password));
        foreach (var token in _mock.IssuedTokens)
        {
            tagValues.ShouldAllBe(v => !v.Contains(token));
        }
    }

    [Fact]
    public async Task The_meter_from_the_containers_factory_counts_one_login_and_one_reauthentication_after_a_rotation()
    {
        var factory = _services.GetRequiredService<IMeterFactory>();
        using var logins = new MetricCollector<long>(factory, "AuthClients", "authclients.token.logins");
        using var reauthentications = new MetricCollector<long>(factory, "AuthClients", "authclients.token.reauthentications");
        using var durations = new MetricCollector<double>(factory, "AuthClients", "authclients.token.request.duration");

        await Api.GetCurrentUserAsync();
        await Api.GetCurrentUserAsync();
        _mock.RotateTokens();
        await Api.GetCurrentUserAsync();

        logins.GetMeasurementSnapshot().ShouldAllBe(m => Equals(m.Tags["authclients.session"], _session) && Equals(m.Tags["authclients.vendor"], "Fuse") && Equals(m.Tags["authclients.outcome"], "success"));
        logins.GetMeasurementSnapshot().Sum(m => m.Value).ShouldBe(2);
        reauthentications.GetMeasurementSnapshot().ShouldHaveSingleItem().Value.ShouldBe(1);
        durations.GetMeasurementSnapshot().Count.ShouldBe(2);
        _mock.Counters.Logins.ShouldBe(2);
    }

    private IFuseV5Api Api => _services.GetRequiredKeyedService<IFuseV5Api>(_session);
}
