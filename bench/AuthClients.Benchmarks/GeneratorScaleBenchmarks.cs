using System.Diagnostics;
using System.Reflection;
using AuthClients.Benchmarks.Infrastructure;
using AuthClients.Generator;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuthClients.Benchmarks;

/// <summary>
/// The generator's full run (parse, map, emit) over one synthetic document of 10, 100 and
/// 1,000 operations written by build/gen-synthetic-spec.py: the cost per operation should stay
/// roughly constant as documents grow.
/// </summary>
public class GeneratorScaleBenchmarks
{
    private AdditionalText _spec = null!;
    private CSharpCompilation _compilation = null!;

    [Params(10, 100, 1000)]
    public int Operations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = typeof(GeneratorScaleBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        var path = Path.Combine(Path.GetTempPath(), "authclients-synthetic-" + Operations + ".yaml");
        using (var script = Process.Start(new ProcessStartInfo("python3", [Path.Combine(root, "build", "gen-synthetic-spec.py"), Operations.ToString(System.Globalization.CultureInfo.InvariantCulture), path])
        {
            UseShellExecute = false,
        })!)
        {
            script.WaitForExit();
            if (script.ExitCode != 0)
            {
                throw new InvalidOperationException("build/gen-synthetic-spec.py failed (exit code " + script.ExitCode + ")");
            }
        }

        _spec = new SpecText(path, File.ReadAllText(path));
        _compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("namespace App; public static class Unrelated { }")]);
        var run = FullRun().GetRunResult();
        var lines = run.GeneratedTrees.Sum(t => t.GetText().Lines.Count);
        if (run.GeneratedTrees.Length != 4)
        {
            throw new InvalidOperationException("The generator did not emit four files: " + string.Join("; ", run.Diagnostics));
        }

        Console.WriteLine($"// {Operations} operations: {lines} generated lines, {(double)lines / Operations:F1} per operation");
    }

    [Benchmark]
    public GeneratorDriver FullRun() => CSharpGeneratorDriver.Create(
        [new OpenApiGenerator().AsSourceGenerator()],
        additionalTexts: [_spec],
        parseOptions: new CSharpParseOptions(LanguageVersion.Latest)).RunGenerators(_compilation);
}
