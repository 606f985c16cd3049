using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace AuthClients.Core.Tests.Fakes;

/// <summary>
/// One test's view of the library's telemetry: its own meter factory (so parallel tests do not
/// see each other's measurements), collectors for every instrument, and the spans stopped on
/// the "AuthClients" source whose session tag is this test's session.
/// </summary>
internal sealed class CollectedTelemetry : IDisposable
{
    private readonly ServiceProvider _metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _spans = new();

    public CollectedTelemetry(string session)
    {
        Session = session;
        var factory = _metrics.GetRequiredService<IMeterFactory>();
        Telemetry = new AuthClientsTelemetry(factory);
        Logins = new(factory, AuthClientsTelemetry.Name, AuthClientsTelemetry.Logins);
        Refreshes = new(factory, AuthClientsTelemetry.Name, AuthClientsTelemetry.Refreshes);
        Reauthentications = new(factory, AuthClientsTelemetry.Name, AuthClientsTelemetry.Reauthentications);
        LoginFailures = new(factory, AuthClientsTelemetry.Name, AuthClientsTelemetry.LoginFailures);
        Durations = new(factory, AuthClientsTelemetry.Name, AuthClientsTelemetry.RequestDuration);
        RenewalFailures = new(factory, AuthClientsTelemetry.Name, AuthClientsTelemetry.RenewalFailures);
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is AuthClientsTelemetry.Name or ResourceCallsName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem(AuthClientsTelemetry.SessionTag), Session))
                {
                    _spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>A source for a test's own "resource call" span, the parent an application's request would be.</summary>
    public static ActivitySource ResourceCalls { get; } = new(ResourceCallsName);

    // A constant: the listener's filter must not touch ResourceCalls while it is being created.
    private const string ResourceCallsName = "AuthClients.Tests.ResourceCalls";

    public string Session { get; }

    public AuthClientsTelemetry Telemetry { get; }

    public SessionTelemetry ForSession => new(Telemetry, "Fake", Session);

    public MetricCollector<long> Logins { get; }

    public MetricCollector<long> Refreshes { get; }

    public MetricCollector<long> Reauthentications { get; }

    public MetricCollector<long> LoginFailures { get; }

    public MetricCollector<double> Durations { get; }

    public MetricCollector<long> RenewalFailures { get; }

    public IReadOnlyCollection<Activity> Spans => _spans;

    /// <summary>Every tag value of every measurement and span, for the secrets check.</summary>
    public IEnumerable<string> AllTagValues() =>
        new MetricCollector<long>[] { Logins, Refreshes, Reauthentications, LoginFailures, RenewalFailures }
            .SelectMany(c => c.GetMeasurementSnapshot())
            .SelectMany(m => m.Tags.Values)
            .Concat(Durations.GetMeasurementSnapshot().SelectMany(m => m.Tags.Values))
            .Concat(_spans.SelectMany(s => s.TagObjects.Select(t => t.Value)))
            .Concat(_spans.SelectMany(s => s.Events.SelectMany(e => e.Tags.Select(t => t.Value))))
            .Select(v => v?.ToString() ?? string.Empty);

    public static long Count(MetricCollector<long> collector, string outcome) =>
        collector.GetMeasurementSnapshot().Where(m => Equals(m.Tags[AuthClientsTelemetry.OutcomeTag], outcome)).Sum(m => m.Value);

    public static long Total(MetricCollector<long> collector) => collector.GetMeasurementSnapshot().Sum(m => m.Value);

    public void Dispose()
    {
        _listener.Dispose();
        Logins.Dispose();
        Refreshes.Dispose();
        Reauthentications.Dispose();
        LoginFailures.Dispose();
        Durations.Dispose();
        RenewalFailures.Dispose();
        _metrics.Dispose();
    }
}
