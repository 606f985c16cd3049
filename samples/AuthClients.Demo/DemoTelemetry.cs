using System.Diagnostics.Metrics;
using System.Globalization;

namespace AuthClients.Demo;

/// <summary>
/// Reads the "AuthClients" meter the way an exporter does, through a <see cref="MeterListener"/>,
/// and prints this run's counts at the end: what OpenTelemetry would export with
/// <c>.WithMetrics(m =&gt; m.AddMeter("AuthClients"))</c>.
/// </summary>
internal sealed class DemoTelemetry : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Instrument> _instruments = [];
    private readonly Dictionary<(string Instrument, string Outcome), long> _byOutcome = [];
    private readonly Dictionary<(string Instrument, string Vendor), long> _byVendor = [];

    public DemoTelemetry()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "AuthClients")
            {
                lock (_gate)
                {
                    _instruments.TryAdd(instrument.Name, instrument);
                }

                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));

        // The histogram counts recordings, one per login or refresh; their seconds vary per run.
        _listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Record(instrument, 1, tags));
        _listener.Start();
    }

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine("== Telemetry — this run's measurements of the meter \"AuthClients\", read through a MeterListener");
        lock (_gate)
        {
            foreach (var instrument in _instruments.Values.OrderBy(i => Order(i.Name)))
            {
                var outcomes = string.Join(", ", _byOutcome.Where(p => p.Key.Instrument == instrument.Name).OrderByDescending(p => p.Value).Select(p => $"{p.Key.Outcome} {p.Value}"));
                var vendors = string.Join(", ", _byVendor.Where(p => p.Key.Instrument == instrument.Name).Select(p => $"{p.Key.Vendor} {p.Value}"));
                var total = _byOutcome.Where(p => p.Key.Instrument == instrument.Name).Sum(p => p.Value);
                var what = instrument is Histogram<double> ? "recorded" : "counted";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {instrument.Name} ({instrument.Unit}): {total} {what} — {outcomes}; {vendors}"));
            }
        }
    }

    public void Dispose() => _listener.Dispose();

    private static int Order(string name) => name switch
    {
        "authclients.token.logins" => 0,
        "authclients.token.login_failures" => 1,
        "authclients.token.refreshes" => 2,
        "authclients.token.reauthentications" => 3,
        _ => 4,
    };

    private void Record(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string outcome = "?", vendor = "?", operation = string.Empty;
        foreach (var tag in tags)
        {
            switch (tag.Key)
            {
                case "authclients.outcome":
                    outcome = tag.Value as string ?? "?";
                    break;
                case "authclients.vendor":
                    vendor = tag.Value as string ?? "?";
                    break;
                case "authclients.operation":
                    operation = tag.Value as string ?? string.Empty;
                    break;
            }
        }

        lock (_gate)
        {
            var key = operation.Length > 0 ? operation + " " + outcome : outcome;
            _byOutcome[(instrument.Name, key)] = _byOutcome.GetValueOrDefault((instrument.Name, key)) + value;
            _byVendor[(instrument.Name, vendor)] = _byVendor.GetValueOrDefault((instrument.Name, vendor)) + value;
        }
    }
}
