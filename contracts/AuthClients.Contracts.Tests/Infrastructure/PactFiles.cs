using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using AuthClients.PactFfi;

namespace AuthClients.Contracts.Tests.Infrastructure;

/// <summary>
/// Where pacts go. Tests write into a fresh folder; the committed files in contracts/pacts are
/// the contract of record, compared with what the tests produce so a docs change shows as a diff.
/// Set AUTHCLIENTS_UPDATE_PACTS=1 (build/docs-change.sh does) to overwrite them on purpose.
/// </summary>
internal static class PactFiles
{
    public static string CommittedDir => Path.GetFullPath(typeof(PactFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CommittedPactsDir").Value!);

    public static bool Updating => Environment.GetEnvironmentVariable("AUTHCLIENTS_UPDATE_PACTS") == "1";

    public static string FileName(string consumer, string provider) => $"{consumer}-{provider}.json";

    public static string Committed(string consumer, string provider) => Path.Combine(CommittedDir, FileName(consumer, provider));

    public static PactConfig FreshConfig() => new()
    {
        PactDir = Directory.CreateTempSubdirectory("authclients-pacts-").FullName,
    };

    /// <summary>
    /// Fails when <paramref name="generated"/> differs from the committed pact, naming the first
    /// differing interaction, unless updating.
    /// </summary>
    public static void ShouldMatchCommitted(string generated, string consumer, string provider)
    {
        var committed = Committed(consumer, provider);
        var fresh = Normalize(File.ReadAllText(generated));
        if (Updating)
        {
            File.WriteAllText(committed, fresh);
            return;
        }

        File.Exists(committed).ShouldBeTrue($"No committed pact {committed}; run build/docs-change.sh to create it.");
        var expected = Normalize(File.ReadAllText(committed));
        if (expected != fresh)
        {
            throw new Xunit.Sdk.XunitException(
                $"The {consumer} ⇄ {provider} contract changed: the pact the consumer tests wrote differs from {committed}.\n"
                + Describe(expected, fresh)
                + "\nIf the vendor's docs changed, run build/docs-change.sh, review the diff and commit it.");
        }
    }

    // Interactions sorted by description and indented the same way, so only content counts.
    private static string Normalize(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        if (root["interactions"] is JsonArray interactions)
        {
            var sorted = interactions.Select(i => i!.DeepClone()).OrderBy(i => i["description"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
            root["interactions"] = new JsonArray([.. sorted]);
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static string Describe(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var l = i < left.Length ? left[i] : "<end>";
            var r = i < right.Length ? right[i] : "<end>";
            if (l != r)
            {
                return $"first difference at line {i + 1}:\n  committed: {l.Trim()}\n  now:       {r.Trim()}";
            }
        }

        return "(formatting only)";
    }
}
