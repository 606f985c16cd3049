using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AuthClients.Generator.Tests;

/// <summary>
/// Binary and other non-JSON bodies (the fixtures bodies.yaml for 3.0, binary31.yaml for 3.1,
/// files-swagger2.yaml for Swagger 2.0's <c>type: file</c>): files come back as a
/// <c>Stream</c>, raw bodies go out as a <c>Stream</c>, multipart object parts as JSON, and what
/// cannot be sent is skipped with a warning at its place in the document.
/// </summary>
public sealed class NonJsonBodiesTests
{
    public static TheoryData<string> Fixtures => ["bodies.yaml", "binary31.yaml", "files-swagger2.yaml"];

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
    public void An_octet_stream_body_documented_as_an_array_of_bytes_takes_a_stream_without_a_warning()
    {
        var outcome = Run("files-swagger2.yaml");

        outcome.Sources["FileStore.Api.g.cs"].ShouldContain("ReplaceFileAsync([global::Refit.AliasAs(\"name\")] string name, global::System.IO.Stream body,");
        outcome.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
    }

    [Fact]
    public void A_swagger_two_form_with_a_required_file_is_a_required_body()
    {
        var api = Run("files-swagger2.yaml").Sources["FileStore.Api.g.cs"];

        api.ShouldContain("UploadFileAsync(global::AuthClients.Generator.RuntimeTests.FileStore.UploadFileRequest body, ");
    }

    [Fact]
    public void An_xml_only_body_is_skipped_with_AC0010_at_its_request_body()
    {
        var outcome = Run("binary31.yaml");

        var diagnostic = outcome.GeneratorDiagnostics.Single(d => d.Id == "AC0010");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("'exportXml'");
        // The request body's first line: two below the operationId, under "requestBody:".
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(LineOf("binary31.yaml", "operationId: exportXml") + 2);
        outcome.Sources["MediaLibrary.Api.g.cs"].ShouldNotContain("ExportXml");
    }

    [Fact]
    public void A_multipart_body_that_is_not_an_object_is_skipped_with_AC0010_at_its_schema()
    {
        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/test.yaml", """
            openapi: 3.0.3
            info: { title: Test, version: "1", x-authclients: { client: Test, namespace: Test.Api } }
            paths:
              /a:
                post:
                  operationId: PostA
                  requestBody:
                    content:
                      multipart/form-data:
                        schema: { type: array, items: { type: string } }
                  responses:
                    '204': { description: ok }
            """));

        var diagnostic = outcome.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("AC0010");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(9);
        outcome.Sources["Test.Api.g.cs"].ShouldNotContain("PostAAsync");
    }

    /// <summary>The zero-based line of the first line of a fixture that contains <paramref name="text"/>.</summary>
    private static int LineOf(string fixture, string text) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(RepoPaths.FixturesDir, fixture)), l => l.Contains(text, StringComparison.Ordinal));

    private static GeneratorOutcome Run(string fixture) =>
        GeneratorHarness.Run(GeneratorHarness.WithDocumentation, InMemoryAdditionalText.FromFile(Path.Combine(RepoPaths.FixturesDir, fixture)));
}
