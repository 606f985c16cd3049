using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuthClients.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="OpenApiGenerator"/> in process with a GeneratorDriver, as the compiler
/// does, over a compilation that references the framework and Refit, and AuthClients.Core
/// only when asked (<see cref="RunWithCore"/>): a spec's described auth is emitted only then.
/// </summary>
internal static class GeneratorHarness
{
    private const string CoreAssembly = "AuthClients.Core.dll";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => !string.Equals(Path.GetFileName(p), CoreAssembly, StringComparison.OrdinalIgnoreCase));
        return [.. trusted.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(Refit.RestService).Assembly.Location)];
    });

    private static readonly Lazy<ImmutableArray<MetadataReference>> ReferencesWithCore = new(() =>
        [.. References.Value, MetadataReference.CreateFromFile(typeof(AuthClients.Core.AuthClientOptions).Assembly.Location)]);

    /// <summary>A compilation that references AuthClients.Core, as a project using a described vendor does.</summary>
    public static CSharpCompilation CompilationWithCore(params string[] sources) => CSharpCompilation.Create(
        "GeneratorTestAssembly",
        sources.Select(s => CSharpSyntaxTree.ParseText(s, WithDocumentation)),
        ReferencesWithCore.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Runs the generator once over <see cref="CompilationWithCore"/>, doc comments checked.</summary>
    public static GeneratorOutcome RunWithCore(params AdditionalText[] specs) => RunWithCore([], specs);

    /// <summary>As <see cref="RunWithCore(AdditionalText[])"/>, beside hand-written <paramref name="sources"/> (a vendor's quirk partials).</summary>
    public static GeneratorOutcome RunWithCore(string[] sources, params AdditionalText[] specs)
    {
        var driver = Driver(WithDocumentation, specs).RunGeneratorsAndUpdateCompilation(CompilationWithCore(sources), out var output, out var generatorDiagnostics);
        return new GeneratorOutcome(driver.GetRunResult(), generatorDiagnostics, output.GetDiagnostics());
    }

    /// <summary>Parse options that also check doc comments (CS1570 and friends), as a documented build does.</summary>
    public static CSharpParseOptions WithDocumentation { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation Compilation(params string[] sources) => Compilation(new CSharpParseOptions(LanguageVersion.Latest), sources);

    public static CSharpCompilation Compilation(CSharpParseOptions parseOptions, params string[] sources) => CSharpCompilation.Create(
        "GeneratorTestAssembly",
        sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(params AdditionalText[] specs) => Driver(new CSharpParseOptions(LanguageVersion.Latest), specs);

    public static GeneratorDriver Driver(CSharpParseOptions parseOptions, params AdditionalText[] specs) => CSharpGeneratorDriver.Create(
        [new OpenApiGenerator().AsSourceGenerator()],
        additionalTexts: specs,
        parseOptions: parseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; returns its result and the compiled output's diagnostics.</summary>
    public static GeneratorOutcome Run(params AdditionalText[] specs) => Run(new CSharpParseOptions(LanguageVersion.Latest), specs);

    public static GeneratorOutcome Run(CSharpParseOptions parseOptions, params AdditionalText[] specs)
    {
        var driver = Driver(parseOptions, specs).RunGeneratorsAndUpdateCompilation(Compilation(parseOptions), out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult();
        return new GeneratorOutcome(result, generatorDiagnostics, output.GetDiagnostics());
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorOutcome(
    GeneratorDriverRunResult Result,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics)
{
    public IReadOnlyDictionary<string, string> Sources => Result.Results.Single().GeneratedSources
        .ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    public Exception? Exception => Result.Results.Single().Exception;

    public IEnumerable<Diagnostic> Errors => CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
