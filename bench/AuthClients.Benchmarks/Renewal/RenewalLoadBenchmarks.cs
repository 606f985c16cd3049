using BenchmarkDotNet.Attributes;

namespace AuthClients.Benchmarks.Renewal;

/// <summary>
/// The renewal-under-load run as a benchmark, so the CI smoke run proves it runs and holds:
/// each invocation is a 4-second window of callers across renewals of 2-second tokens, and it
/// throws (failing the run) if a call failed or was refused, or no renewal happened. Its time
/// is the window's; the figures that matter (calls that waited, p99 against a baseline) come
/// from the report.
/// The report with the figures comes from <c>bash build/bench.sh renewal</c> (see Program).
/// </summary>
public class RenewalLoadBenchmarks
{
    [Params(false, true)]
    public bool FailEveryOtherRefresh { get; set; }

    [Benchmark]
    public async Task CallersAcrossRenewals()
    {
        var scenario = new RenewalLoadScenario("smoke", TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(100), FailEveryOtherRefresh, Callers: 8, Window: TimeSpan.FromSeconds(4));
        var result = await RenewalLoad.RunAsync(scenario).ConfigureAwait(false);
        if (result.Failed > 0 || result.Unauthorized > 0 || result.Tokens < 2)
        {
            throw new InvalidOperationException(
                $"{result.Failed} failed calls, {result.Unauthorized} 401s, {result.Tokens} tokens issued across {result.Calls} calls: renewal ahead of expiry is broken.");
        }
    }
}
