using System.Globalization;

namespace AuthClients.Benchmarks.Renewal;

/// <summary>What callers saw in one run: call latencies (the first call, which logs in, left out) and failures.</summary>
public sealed record RenewalLoadResult(RenewalLoadScenario Scenario, double[] LatenciesMs, int Failed, int Tokens, int Unauthorized)
{
    public int Calls => LatenciesMs.Length + Failed;

    /// <summary>Calls that took longer than the token endpoint takes to answer: they waited for a renewal.</summary>
    public int SlowerThanTokenEndpoint => LatenciesMs.Count(ms => ms >= Scenario.TokenEndpointDelay.TotalMilliseconds);

    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0)
        {
            return double.NaN;
        }

        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public double Max => LatenciesMs.Length == 0 ? double.NaN : LatenciesMs.Max();

    public static string Table(IReadOnlyList<RenewalLoadResult> results)
    {
        var baseline = results[0].Percentile(0.99);
        var lines = new List<string>
        {
            "| scenario | calls | tokens issued | slower than the token endpoint | failed | 401s | median ms | p99 ms | p99 / baseline | max ms |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        };
        lines.AddRange(results.Select(r => string.Create(
            CultureInfo.InvariantCulture,
            $"| {r.Scenario.Name} | {r.Calls} | {r.Tokens} | {r.SlowerThanTokenEndpoint} | {r.Failed} | {r.Unauthorized} | {r.Percentile(0.5):0.00} | {r.Percentile(0.99):0.00} | {r.Percentile(0.99) / baseline:0.00} | {r.Max:0.0} |")));
        return string.Join(Environment.NewLine, lines);
    }
}
