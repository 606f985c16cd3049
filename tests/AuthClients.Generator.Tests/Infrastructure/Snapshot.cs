using System.Text;

namespace AuthClients.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated text with a committed <c>.verified.cs</c> file. On a difference it writes
/// a <c>.received.cs</c> beside it and fails with the first differing lines, so a generator
/// change shows up as a readable diff. Set AUTHCLIENTS_ACCEPT_SNAPSHOTS=1 to accept.
/// </summary>
internal static class Snapshot
{
    /// <summary>Each generated file against its snapshot, named by its hint name without ".g.cs".</summary>
    public static void MatchEach(IReadOnlyDictionary<string, string> sources)
    {
        foreach (var (hintName, text) in sources)
        {
            Match(hintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal), text);
        }
    }

    public static void Match(string name, string actual)
    {
        var verified = Path.Combine(RepoPaths.SnapshotsDir, name + ".verified.cs");
        var received = Path.Combine(RepoPaths.SnapshotsDir, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("AUTHCLIENTS_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        throw new Xunit.Sdk.XunitException(expected is null
            ? $"No snapshot {verified} yet. Review {received} and rerun with AUTHCLIENTS_ACCEPT_SNAPSHOTS=1."
            : $"Generated {name} differs from {verified}:\n{FirstDifference(expected, actual)}\nReview {received}; accept with AUTHCLIENTS_ACCEPT_SNAPSHOTS=1.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var l = i < left.Length ? left[i] : "<end of file>";
            var r = i < right.Length ? right[i] : "<end of file>";
            if (l != r)
            {
                return $"  line {i + 1}\n  - {l}\n  + {r}";
            }
        }

        return "(line endings only)";
    }
}
