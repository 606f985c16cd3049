using Microsoft.Extensions.Logging;

namespace AuthClients.Demo;

/// <summary>How the demo prints: numbered steps, and the clients' own (redacted) log lines indented.</summary>
internal static class DemoConsole
{
    private static int s_step;

    public static void Vendor(string title, Uri mock)
    {
        s_step = 0;
        Console.WriteLine();
        Console.WriteLine($"== {title}   (provider mock at {mock})");
    }

    public static void Step(string text) => Console.WriteLine($"  {++s_step}. {text}");

    public static void Result(string text) => Console.WriteLine($"     → {text}");

    /// <summary>The clients' log lines (HTTP calls with secrets masked, logins, refreshes).</summary>
    public static ILoggerFactory Logging() => LoggerFactory.Create(builder => builder
        .AddFilter("AuthClients", LogLevel.Information)
        .AddFilter("Microsoft", LogLevel.Warning)
        .AddFilter("Polly", LogLevel.Warning)
        .AddFilter("System", LogLevel.Warning)
        .AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.IncludeScopes = false;
            o.TimestampFormat = null;
        }));
}
