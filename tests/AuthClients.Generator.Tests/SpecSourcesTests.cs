using System.Text.RegularExpressions;
using AuthClients.Generator.Model;
using AuthClients.Generator.Parsing;
using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace AuthClients.Generator.Tests;

/// <summary>
/// Where each spec says its facts come from. The descriptions and x-source texts become the
/// generated clients' XML documentation, which ships in the packages: a reader of IntelliSense
/// or a fresh clone must be able to follow every reference, so each one names a public page by
/// its address and a vendor note that is in this repository.
/// </summary>
public sealed partial class SpecSourcesTests
{
    public static TheoryData<string> Specs() => new(Directory.GetFiles(RepoPaths.SpecsDir, "*.yaml").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Specs))]
    public void The_spec_description_names_a_public_page_and_a_vendor_note_in_the_repository(string spec)
    {
        var model = Parse(spec);

        ShouldCiteAPageAndANote(model.Description, $"{spec}: info.description");
        model.Description!.ShouldContain("2026-", Case.Sensitive, $"{spec}: info.description should say when the pages were read");
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Every_operation_names_a_public_page_and_a_vendor_note_in_the_repository(string spec)
    {
        foreach (var operation in Parse(spec).Operations)
        {
            ShouldCiteAPageAndANote(operation.Source, $"{spec}: x-source of {operation.MethodName}");
        }
    }

    private static void ShouldCiteAPageAndANote(string? text, string where)
    {
        text.ShouldNotBeNullOrWhiteSpace($"{where} is missing");
        PublicAddress().IsMatch(text!).ShouldBeTrue($"{where} names no public page address (https://...): {text}");

        var notes = VendorNote().Matches(text!).Select(m => m.Value).ToList();
        notes.ShouldNotBeEmpty($"{where} names no docs/vendors/<vendor>.md note: {text}");
        foreach (var note in notes)
        {
            File.Exists(Path.Combine(RepoRoot, note)).ShouldBeTrue($"{where} cites {note}, which is not in the repository");
        }
    }

    private static string RepoRoot => Path.GetFullPath(Path.Combine(RepoPaths.SpecsDir, ".."));

    private static SpecModel Parse(string spec)
    {
        var path = RepoPaths.Spec(spec);
        var result = SpecParser.Parse(path, SourceText.From(File.ReadAllText(path)), CancellationToken.None);
        return result.Model.ShouldNotBeNull();
    }

    [GeneratedRegex(@"https://[^\s)]+")]
    private static partial Regex PublicAddress();

    [GeneratedRegex(@"docs/vendors/[a-z0-9-]+\.md")]
    private static partial Regex VendorNote();
}
