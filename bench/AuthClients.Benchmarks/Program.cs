using System.Globalization;
using AuthClients.Benchmarks;
using AuthClients.Benchmarks.Renewal;
using BenchmarkDotNet.Running;

// bash build/bench.sh renewal [seconds] [callers]: callers in a loop across renewals, the table
// of calls that waited or failed against a baseline with no renewal in the window.
if (args is ["renewal", ..])
{
    var window = TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25);
    var callers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
    var results = new List<RenewalLoadResult>();
    foreach (var scenario in RenewalLoadScenario.Report(window, callers))
    {
        Console.Error.WriteLine($"running: {scenario.Name} ({callers} callers, {window.TotalSeconds} s)");
        results.Add(await RenewalLoad.RunAsync(scenario).ConfigureAwait(false));
    }

    Console.WriteLine(RenewalLoadResult.Table(results));
    return results.Skip(1).Any(r => r.Failed > 0) ? 1 : 0;
}

// bash build/bench.sh [BenchmarkDotNet arguments]; results (GitHub markdown + CSV) go to
// BenchmarkDotNet.Artifacts/results. Every class compares against a baseline of the same run.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, new BenchmarkConfig());

// BenchmarkDotNet reports a benchmark that threw but still exits 0; the CI smoke run must fail then.
var failed = summaries.SelectMany(s => s.Reports).Where(r => !r.Success).Select(r => r.BenchmarkCase.DisplayInfo).ToList();
var invalid = summaries.Any(s => s.HasCriticalValidationErrors);
foreach (var name in failed)
{
    Console.Error.WriteLine($"benchmark failed: {name}");
}

return failed.Count > 0 || invalid || !summaries.Any() ? 1 : 0;
