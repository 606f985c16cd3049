using System.Reflection;

namespace AuthClients.Generator.Tests.Infrastructure;

/// <summary>Where the real specs and the committed snapshots live (set by the project file).</summary>
internal static class RepoPaths
{
    public static string SpecsDir => Metadata("SpecsDir");

    public static string SnapshotsDir => Metadata("SnapshotsDir");

    /// <summary>The generator's own fixtures, one per construct, compiled and run by the runtime tests.</summary>
    public static string FixturesDir => Metadata("FixturesDir");

    public static string Spec(string fileName) => Path.Combine(SpecsDir, fileName);

    private static string Metadata(string key) =>
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
