using System.Diagnostics;
using AuthClients.ResolveInsights;
using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.Benchmarks.Renewal;

/// <summary>
/// Callers in a loop across several renewals, through the Resolve Insights client as a user
/// registers it: every call's latency and outcome is recorded, so the report can say how many
/// calls waited for a renewal and how many failed while a valid token was held.
/// </summary>
public static class RenewalLoad
{
    public static async Task<RenewalLoadResult> RunAsync(RenewalLoadScenario scenario)
    {
        await using var server = await RenewalServer.StartAsync(scenario).ConfigureAwait(false);
        var services = new ServiceCollection();
        services.AddResolveInsightsClient(o => (o.BaseAddress, o.Username, o.Password) = (server.BaseAddress, "bench@resolve.io", "bench-password"));
        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<IResolveInsightsApi>();
        await api.GetLoggedInUserDetailAsync().ConfigureAwait(false); // the first login is not a renewal

        var until = Stopwatch.GetTimestamp() + (long)(scenario.Window.TotalSeconds * Stopwatch.Frequency);
        var perCaller = await Task.WhenAll(Enumerable.Range(0, scenario.Callers).Select(_ => Task.Run(() => CallInALoopAsync(api, until)))).ConfigureAwait(false);
        return new RenewalLoadResult(
            scenario,
            [.. perCaller.SelectMany(c => c.Latencies)],
            perCaller.Sum(c => c.Failed),
            server.Tokens,
            server.Unauthorized);
    }

    private static async Task<(List<double> Latencies, int Failed)> CallInALoopAsync(IResolveInsightsApi api, long until)
    {
        var latencies = new List<double>();
        var failed = 0;
        while (Stopwatch.GetTimestamp() < until)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await api.GetLoggedInUserDetailAsync().ConfigureAwait(false);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
#pragma warning disable CA1031 // a failed call is what is counted, whatever its type
            catch (Exception)
#pragma warning restore CA1031
            {
                failed++;
            }

            // About 100 calls a second per caller: a service's steady traffic, not a spin.
            await Task.Delay(10).ConfigureAwait(false);
        }

        return (latencies, failed);
    }
}
