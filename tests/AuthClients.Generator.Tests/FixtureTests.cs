using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace AuthClients.Generator.Tests;

/// <summary>
/// The fixtures in tests/AuthClients.Generator.RuntimeTests/Specs (one per construct, a
/// Swagger 2.0 document, a 200-operation synthetic one) give code that compiles with no
/// warning, doc comments checked, and only the diagnostics each fixture is there to provoke.
/// </summary>
public sealed class FixtureTests(ITestOutputHelper output)
{
    // The warnings a fixture provokes on purpose; everything else must be silent or Info.
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["swagger2.yaml"] = ["AC0009"],
        ["shapes.yaml"] = ["AC0008"],
        ["openapi32.yaml"] = ["AC0016"],
        ["binary31.yaml"] = ["AC0010"],
    };

    public static TheoryData<string> Fixtures => [.. Directory.GetFiles(RepoPaths.FixturesDir, "*.yaml").Select(p => Path.GetFileName(p)).Order()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_compiles_without_warnings_and_reports_only_what_it_provokes(string fixture)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.WithDocumentation, InMemoryAdditionalText.FromFile(Path.Combine(RepoPaths.FixturesDir, fixture)));

        outcome.Exception.ShouldBeNull();
        outcome.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id).Distinct().Order()
            .ShouldBe(Expected.GetValueOrDefault(fixture, []));
        outcome.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
    }

    [Fact]
    public void The_synthetic_document_gives_one_method_per_operation_within_a_line_budget()
    {
        var outcome = GeneratorHarness.Run(InMemoryAdditionalText.FromFile(Path.Combine(RepoPaths.FixturesDir, "synthetic-200.yaml")));

        outcome.Sources["Synthetic200.Api.g.cs"].Split('\n').Count(l => l.TrimEnd().EndsWith("cancellationToken = default);", StringComparison.Ordinal)).ShouldBe(200);
        var lines = outcome.Sources.Values.Sum(s => s.Count(c => c == '\n'));
        output.WriteLine($"{lines} generated lines, {lines / 200.0:F1} per operation");
        foreach (var (name, text) in outcome.Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {name}: {text.Count(c => c == '\n')} lines");
        }

        (lines / 200.0).ShouldBeLessThan(LinesPerOperationBudget);
    }

    // The size this generator emits today (docs/generator.md, "Generated size"); a change that grows it
    // should be a decision, not an accident.
    private const double LinesPerOperationBudget = 110;
}
