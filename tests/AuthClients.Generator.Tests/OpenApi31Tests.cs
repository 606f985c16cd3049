using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AuthClients.Generator.Tests;

/// <summary>
/// OpenAPI 3.1 and 3.2 documents (the fixtures openapi31.yaml and openapi32.yaml) generate:
/// JSON Schema 2020-12's type arrays, const, enums with null, $ref with siblings, $defs and
/// examples map to C# types, and what has no method (webhooks, QUERY) is said where it is.
/// </summary>
public sealed class OpenApi31Tests
{
    public static TheoryData<string> Fixtures => ["openapi31.yaml", "openapi32.yaml"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_fixture_generates_the_committed_snapshots(string fixture)
    {
        var outcome = Run(fixture);

        outcome.Exception.ShouldBeNull();
        outcome.Sources.Count.ShouldBe(4);
        Snapshot.MatchEach(outcome.Sources);
    }

    [Fact]
    public void Type_arrays_const_and_enums_with_null_become_typed_nullable_properties()
    {
        var dtos = Run("openapi31.yaml").Sources["LendingLibrary.Dtos.g.cs"];

        dtos.ShouldContain("public string? Note { get; init; }");
        dtos.ShouldContain("public global::System.DateTimeOffset? DueBack { get; init; }");
        dtos.ShouldContain("public int? Days { get; init; }");
        dtos.ShouldContain("public required string Kind { get; init; }");
        dtos.ShouldContain("Known values: \"loan\".");
        dtos.ShouldContain("public required string? Status { get; init; }");
        dtos.ShouldContain("Known values: \"open\", \"returned\", \"overdue\".");
        dtos.ShouldContain("public byte[]? Cover { get; init; }");
    }

    [Fact]
    public void A_ref_keeps_its_sibling_description_and_a_ref_into_defs_resolves()
    {
        var outcome = Run("openapi31.yaml");
        var dtos = outcome.Sources["LendingLibrary.Dtos.g.cs"];

        dtos.ShouldContain("/// <summary>Who borrowed the item (a sibling of $ref, kept in 3.1).</summary>");
        dtos.ShouldContain("public required global::AuthClients.Fixtures.OpenApi31.Member Member { get; init; }");
        dtos.ShouldContain("public global::AuthClients.Fixtures.OpenApi31.MemberAddress? Address { get; init; }");
        dtos.ShouldContain("public string? City { get; init; }");
        dtos.ShouldContain("public global::AuthClients.Fixtures.OpenApi31.LoanSummary? Previous { get; init; }");
        outcome.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "AC0004");
    }

    [Fact]
    public void Webhooks_and_path_items_get_an_info_and_a_path_item_used_by_ref_gets_its_method()
    {
        var outcome = Run("openapi31.yaml");

        var notices = outcome.GeneratorDiagnostics.Where(d => d.Id == "AC0015").ToList();
        notices.Count.ShouldBe(2);
        notices.ShouldAllBe(d => d.Severity == DiagnosticSeverity.Info);
        Line(notices[0]).ShouldBe(49);
        notices[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("webhooks (loanOverdue)");
        Line(notices[1]).ShouldBe(61);
        var api = outcome.Sources["LendingLibrary.Api.g.cs"];
        api.ShouldContain("GetMemberAsync(");
        api.ShouldNotContain("LoanOverdue");
    }

    [Fact]
    public void Keywords_the_generator_does_not_use_are_reported_where_they_are()
    {
        var outcome = Run("openapi31.yaml");

        var unused = outcome.GeneratorDiagnostics.Where(d => d.Id == "AC0014").OrderBy(Line).ToList();
        unused.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(
        [
            "The schema keyword 'prefixItems' is not used by the generator; the generated type does not follow it",
            "The schema keyword 'patternProperties' is not used by the generator; the generated type does not follow it",
        ]);
        unused.Select(Line).ShouldBe([109, 142]);
        unused.ShouldAllBe(d => d.Location.GetLineSpan().Path.EndsWith("openapi31.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_3_2_query_operation_is_skipped_with_a_located_warning_and_the_rest_generates()
    {
        var outcome = Run("openapi32.yaml");

        var skipped = outcome.GeneratorDiagnostics.ShouldHaveSingleItem();
        skipped.Id.ShouldBe("AC0016");
        skipped.Severity.ShouldBe(DiagnosticSeverity.Warning);
        Line(skipped).ShouldBe(53);
        skipped.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("'SearchStations'");
        var api = outcome.Sources["WeatherStations.Api.g.cs"];
        api.ShouldContain("GetStationAsync(");
        api.ShouldContain("AddReadingAsync(");
        outcome.Sources["WeatherStations.Dtos.g.cs"].ShouldContain("public double? Elevation { get; init; }");
        outcome.Errors.ShouldBeEmpty();
    }

    private static GeneratorOutcome Run(string fixture) =>
        GeneratorHarness.Run(InMemoryAdditionalText.FromFile(Path.Combine(RepoPaths.FixturesDir, fixture)));

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
}
