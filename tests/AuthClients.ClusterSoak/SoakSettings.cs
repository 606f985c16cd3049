using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace AuthClients.ClusterSoak;

/// <summary>The conductor's command line.</summary>
internal sealed record SoakSettings(int RedisPort, int Processes, int Callers, TimeSpan Interval, TimeSpan Pace, TimeSpan RedisTimeout)
{
    public static SoakSettings Parse(string[] args)
    {
        var config = new ConfigurationBuilder().AddCommandLine(args).Build();
        return new SoakSettings(
            Int(config, "redis-port", 0) is > 0 and var port ? port : throw new ArgumentException("--redis-port is required"),
            Int(config, "processes", 8),
            Int(config, "callers", 250),
            TimeSpan.FromSeconds(Int(config, "interval-seconds", 10)),
            TimeSpan.FromMilliseconds(Int(config, "pace-ms", 1000)),
            TimeSpan.FromMilliseconds(Int(config, "redis-timeout-ms", 1000)));
    }

    internal static int Int(IConfiguration config, string key, int fallback) =>
        config[key] is { Length: > 0 } text ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;
}

/// <summary>A worker's command line.</summary>
internal sealed record WorkerSettings(string Redis, Uri Mock, int Callers, TimeSpan Pace, int MaxCalls, TimeSpan RedisTimeout)
{
    public static WorkerSettings Parse(string[] args)
    {
        var config = new ConfigurationBuilder().AddCommandLine(args).Build();
        return new WorkerSettings(
            config["redis"] ?? throw new ArgumentException("--redis is required"),
            new Uri(config["mock"] ?? throw new ArgumentException("--mock is required")),
            SoakSettings.Int(config, "callers", 250),
            TimeSpan.FromMilliseconds(SoakSettings.Int(config, "pace-ms", 200)),
            SoakSettings.Int(config, "max-calls", 1000),
            TimeSpan.FromMilliseconds(SoakSettings.Int(config, "redis-timeout-ms", 1000)));
    }
}
