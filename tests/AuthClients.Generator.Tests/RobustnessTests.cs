using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AuthClients.Generator.Tests;

/// <summary>
/// Mangled specs (truncated, bytes flipped, keys deleted, deep nesting, huge strings, schema
/// and property names that collide with each other or with the generator's own names) give
/// diagnostics, never a generator exception (AD0001/CS8785), and code that compiles. The seed is fixed, and printed
/// on failure, so any failure reproduces.
/// </summary>
public sealed class RobustnessTests
{
    private const int Seed = 20261124;
    private const int Iterations = 300;

    [Fact]
    public void Mutated_specs_never_make_the_generator_throw() =>
        MutantsNeverThrow(Directory.GetFiles(RepoPaths.SpecsDir, "*.yaml").Order().Select(File.ReadAllText).ToArray(), Iterations);

    [Fact]
    public void Mutated_3_1_and_3_2_documents_never_make_the_generator_throw() =>
        MutantsNeverThrow(
            [File.ReadAllText(Path.Combine(RepoPaths.FixturesDir, "openapi31.yaml")), File.ReadAllText(Path.Combine(RepoPaths.FixturesDir, "openapi32.yaml"))],
            Iterations / 2);

    [Fact]
    public void Mutated_union_documents_never_make_the_generator_throw() =>
        MutantsNeverThrow(
            [File.ReadAllText(Path.Combine(RepoPaths.FixturesDir, "unions.yaml")), File.ReadAllText(Path.Combine(RepoPaths.FixturesDir, "unions31.yaml"))],
            Iterations / 2);

    private static void MutantsNeverThrow(string[] originals, int iterations)
    {
        var random = new Random(Seed);
        for (var i = 0; i < iterations; i++)
        {
            var mutated = Mutate(originals[i % originals.Length], random);
            var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/mutated.yaml", mutated));

            outcome.Exception.ShouldBeNull($"iteration {i} (seed {Seed}) threw");
            outcome.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "AC0012",
                $"iteration {i} (seed {Seed}) hit an internal error: {string.Join("; ", outcome.GeneratorDiagnostics)}");
            outcome.GeneratorDiagnostics.Where(d => d.Id.StartsWith("AC", StringComparison.Ordinal))
                .ShouldAllBe(d => d.Location.Kind == LocationKind.ExternalFile);

            // A document read despite its damage still gives a client that compiles.
            outcome.Errors.ShouldBeEmpty($"iteration {i} (seed {Seed}) generated code that does not compile");
        }
    }

    [Fact]
    public void Deeply_nested_yaml_gives_a_diagnostic_not_a_stack_overflow()
    {
        var nested = string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000));

        var outcome = GeneratorHarness.Run(new InMemoryAdditionalText("/specs/deep.yaml", "openapi: 3.0.3\nx: " + nested + "\n"));

        outcome.Exception.ShouldBeNull();
        outcome.GeneratorDiagnostics.ShouldNotBeEmpty();
    }

    private static string Mutate(string text, Random random)
    {
        switch (random.Next(6))
        {
            case 5:
                return WithCollidingNames(text, random);
            case 0:
                return text.Substring(0, random.Next(text.Length));
            case 1:
                var chars = text.ToCharArray();
                for (var flips = random.Next(1, 8); flips > 0; flips--)
                {
                    chars[random.Next(chars.Length)] = (char)random.Next(32, 127);
                }

                return new string(chars);
            case 2:
                var lines = text.Split('\n').ToList();
                for (var deletions = random.Next(1, 6); deletions > 0 && lines.Count > 1; deletions--)
                {
                    lines.RemoveAt(random.Next(lines.Count));
                }

                return string.Join('\n', lines);
            case 3:
                var at = text.IndexOf("properties:", StringComparison.Ordinal);
                var nesting = string.Concat(Enumerable.Range(0, 200).Select(d => "\n" + new string(' ', 8 + (2 * d)) + "p" + d + ":"));
                return at < 0 ? text + nesting : text.Insert(at + "properties:".Length, nesting);
            default:
                var huge = new string('x', random.Next(100_000, 400_000));
                var descriptionAt = text.IndexOf("description: ", StringComparison.Ordinal);
                return descriptionAt < 0 ? text + "\n" + huge : text.Insert(descriptionAt + "description: ".Length, huge);
        }
    }

    // Names a spec may use that meet a component's own, or a name the generator declares:
    // the JSON context's members and helpers, the client's types, a record's members.
    private static readonly string[] GeneratedNameSuffixes = ["Properties", "Accessors", "2"];
    private static readonly string[] GeneratedNames = ["Default", "Options", "GetTypeInfo", "PropertyInfo", "String", "JsonElement", "EqualityContract"];

    /// <summary>
    /// Adds, beside the document's first component schema, one whose name differs from it only
    /// by case or punctuation or meets a generated name, with properties that collide too.
    /// </summary>
    private static string WithCollidingNames(string text, Random random)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"\n  schemas:\n    ([A-Za-z][A-Za-z0-9_.-]*):");
        if (!match.Success)
        {
            return text;
        }

        var existing = match.Groups[1].Value;
        var client = System.Text.RegularExpressions.Regex.Match(text, @"client: ([A-Za-z0-9]+)") is { Success: true } named ? named.Groups[1].Value : "Mutated";
        string[] candidates =
        [
            existing.ToLowerInvariant(),
            existing.ToUpperInvariant(),
            existing.Length > 1 ? existing[..1] + "_" + existing[1..] : existing + "_",
            existing + "-",
            existing + GeneratedNameSuffixes[random.Next(GeneratedNameSuffixes.Length)],
            GeneratedNames[random.Next(GeneratedNames.Length)],
            client + "JsonContext",
            "I" + client + "Api",
            client + "ApiImplementation",
        ];
        var name = candidates[random.Next(candidates.Length)];
        var schema = $"    '{name}':\n      type: object\n      properties:\n        equals: {{ type: string }}\n        to_string: {{ type: string }}\n        '{name}': {{ type: string }}\n        value: {{ type: string }}\n        Value: {{ type: integer }}\n";
        return text.Insert(match.Index + "\n  schemas:\n".Length, schema);
    }
}
