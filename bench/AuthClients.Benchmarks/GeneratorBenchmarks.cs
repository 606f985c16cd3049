using System.Collections.Immutable;
using System.Reflection;
using AuthClients.Benchmarks.Infrastructure;
using AuthClients.Generator;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuthClients.Benchmarks;

/// <summary>
/// The generator in process with a GeneratorDriver over every spec in <c>specs/</c>: a full run,
/// and the re-run after an edit to an unrelated C# file, each against a generator that does
/// nothing with the same inputs (the baselines).
/// </summary>
public class GeneratorBenchmarks
{
    private ImmutableArray<AdditionalText> _specs;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warmNoOp = null!;
    private GeneratorDriver _warmOpenApi = null!;
    private GeneratorDriver _warmSameShape = null!;

    [GlobalSetup]
    public void Setup()
    {
        var specsDir = typeof(GeneratorBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SpecsDir").Value!;
        _specs = [.. Directory.GetFiles(specsDir, "*.yaml").Order(StringComparer.Ordinal).Select(p => (AdditionalText)new SpecText(p, File.ReadAllText(p)))];
        var tree = CSharpSyntaxTree.ParseText("namespace App; public static class Unrelated { public const int Value = 1; }");
        _compilation = CSharpCompilation.Create("Bench", [tree]);
        _edited = _compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("namespace App; public static class Unrelated { public const int Value = 2; }"));
        _warmNoOp = Driver(new NoOpGenerator()).RunGenerators(_compilation);
        _warmOpenApi = Driver(new OpenApiGenerator()).RunGenerators(_compilation);
        _warmSameShape = Driver(new SameShapeNoOpGenerator()).RunGenerators(_compilation);
        var run = _warmOpenApi.GetRunResult();
        if (run.GeneratedTrees.Length < 4 * _specs.Length)
        {
            throw new InvalidOperationException(
                "The generator did not emit four files per spec; the benchmark would time an error path. " +
                string.Join("; ", run.Diagnostics.Select(d => d.ToString())) + " " + run.Results.Single().Exception);
        }
    }

    [BenchmarkCategory("Full run"), Benchmark(Baseline = true)]
    public GeneratorDriver FullRun_NoOpGenerator() => Driver(new NoOpGenerator()).RunGenerators(_compilation);

    [BenchmarkCategory("Full run"), Benchmark]
    public GeneratorDriver FullRun_OpenApiGenerator() => Driver(new OpenApiGenerator()).RunGenerators(_compilation);

    [BenchmarkCategory("Unrelated edit"), Benchmark(Baseline = true)]
    public GeneratorDriver Rerun_NoOpGenerator() => _warmNoOp.RunGenerators(_edited);

    [BenchmarkCategory("Unrelated edit"), Benchmark]
    public GeneratorDriver Rerun_OpenApiGenerator() => _warmOpenApi.RunGenerators(_edited);

    // Same nodes and number of files as OpenApiGenerator, no parsing or emitting: if the re-run
    // costs what this costs, the difference from the no-op is the driver carrying cached
    // nodes and files over, not our code.
    [BenchmarkCategory("Unrelated edit"), Benchmark]
    public GeneratorDriver Rerun_SameShapeNoOpGenerator() => _warmSameShape.RunGenerators(_edited);

    private CSharpGeneratorDriver Driver(IIncrementalGenerator generator) => CSharpGeneratorDriver.Create(
        [generator.AsSourceGenerator()],
        additionalTexts: _specs,
        parseOptions: new CSharpParseOptions(LanguageVersion.Latest));

    /// <summary>Reads the same AdditionalFiles and emits nothing: the cost of the driver alone.</summary>
    private sealed class NoOpGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.AdditionalTextsProvider.Select((text, _) => text.Path), (_, _) => { });
    }

    /// <summary>
    /// OpenApiGenerator's pipeline shape (spec filter over the options, parse, diagnostics and
    /// model branches, two outputs, four files a spec) with trivial steps: the driver's
    /// bookkeeping alone.
    /// </summary>
    private sealed class SameShapeNoOpGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var parsed = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => pair.Left.Path.EndsWith(".yaml", StringComparison.Ordinal))
                .Select(static (pair, _) => pair.Left)
                .Select(static (file, _) => file.Path);
            context.RegisterSourceOutput(parsed.Select(static (path, _) => path.Length), static (_, _) => { });
            context.RegisterSourceOutput(parsed.Select(static (path, _) => path), static (spc, path) =>
            {
                // As many files as OpenApiGenerator adds per spec: the driver carries them over.
                var name = Path.GetFileNameWithoutExtension(path);
                foreach (var part in (string[])["Dtos", "Api", "Implementation", "JsonContext"])
                {
                    spc.AddSource(name + "." + part + ".g.cs", "// " + part);
                }
            });
        }
    }
}
