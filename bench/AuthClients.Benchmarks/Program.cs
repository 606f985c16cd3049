using AuthClients.Benchmarks;
using BenchmarkDotNet.Running;

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
