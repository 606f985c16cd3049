using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuthClients.Generator.Tests;

/// <summary>The pipeline caches: unrelated edits re-run nothing, a spec edit re-emits only that spec.</summary>
public sealed class IncrementalityTests
{
    private static readonly string[] TrackedSteps =
        [TrackingNames.SpecFiles, TrackingNames.Parse, TrackingNames.Diagnostics, TrackingNames.Models];

    private static readonly InMemoryAdditionalText Fuse = InMemoryAdditionalText.FromFile(RepoPaths.Spec("fuse-universal.v5.yaml"));

    private static readonly InMemoryAdditionalText Other = new("/specs/other.yaml", """
        openapi: 3.0.3
        info:
          title: Other
          version: "1"
          x-authclients:
            client: Other
            namespace: Other.Api
        paths:
          /ping:
            get:
              operationId: Ping
              responses:
                '204':
                  description: ok
        """);

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(Fuse, Other).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCached(result);
    }

    [Fact]
    public void Adding_an_unrelated_additional_file_leaves_the_specs_cached()
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(Fuse, Other).RunGenerators(compilation);

        driver = driver.AddAdditionalTexts([new InMemoryAdditionalText("/docs/readme.txt", "not a spec")]);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var step in new[] { TrackingNames.Parse, TrackingNames.Models, TrackingNames.Diagnostics })
        {
            result.TrackedSteps[step].SelectMany(s => s.Outputs).ShouldAllBe(
                o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged,
                $"step {step} re-ran after an unrelated file was added");
        }

        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_one_spec_re_emits_only_that_spec()
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(Fuse, Other).RunGenerators(compilation);

        var editedOther = new InMemoryAdditionalText(Other.Path, Other.GetText().ToString().Replace("title: Other", "title: Other (edited)", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(Other, editedOther);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var models = result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs).ToList();
        models.Count(o => o.Reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        models.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged).ShouldBe(1);
        var modified = models.Single(o => o.Reason == IncrementalStepRunReason.Modified).Value.ShouldBeOfType<Model.SpecModel>();
        modified.ClientName.ShouldBe("Other");
    }

    // A 3.1 document (type arrays, webhooks, $defs) caches as a 3.0 one does: its model and
    // diagnostics compare by value too.
    private static readonly InMemoryAdditionalText OpenApi31 = InMemoryAdditionalText.FromFile(Path.Combine(RepoPaths.FixturesDir, "openapi31.yaml"));

    [Fact]
    public void An_unrelated_csharp_edit_leaves_a_3_1_spec_cached()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(OpenApi31, Other).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCached(result);
    }

    [Fact]
    public void Editing_the_other_spec_leaves_the_3_1_spec_cached()
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(OpenApi31, Other).RunGenerators(compilation);

        var editedOther = new InMemoryAdditionalText(Other.Path, Other.GetText().ToString().Replace("title: Other", "title: Other (edited)", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(Other, editedOther);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var models = result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs).ToList();
        var cached = models.Single(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged).Value.ShouldBeOfType<Model.SpecModel>();
        cached.ClientName.ShouldBe("LendingLibrary");
        models.Single(o => o.Reason == IncrementalStepRunReason.Modified).Value.ShouldBeOfType<Model.SpecModel>().ClientName.ShouldBe("Other");
    }

    // Union records carry their options (EquatableArray of records): they compare by value too.
    private static readonly InMemoryAdditionalText Unions = InMemoryAdditionalText.FromFile(Path.Combine(RepoPaths.FixturesDir, "unions.yaml"));

    [Fact]
    public void An_unrelated_csharp_edit_leaves_a_spec_of_unions_cached()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(Unions, Other).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCached(result);
    }

    private static void AssertAllCached(GeneratorRunResult result)
    {
        foreach (var step in TrackedSteps)
        {
            result.TrackedSteps.ShouldContainKey(step);
            result.TrackedSteps[step].SelectMany(s => s.Outputs).ShouldAllBe(
                o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged,
                $"step {step} re-ran after an unrelated edit");
        }

        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
    }
}
