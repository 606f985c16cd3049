using AuthClients.Core;
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

    /// <summary>
    /// Waits (real time, at most 10 s) for what the session does in the background, e.g. a
    /// renewal ahead of expiry the mock has seen, then a moment for its answer to reach the
    /// client before the demo moves the shared fake clock on.
    /// </summary>
    public static async Task BackgroundAsync(Func<bool> seenByTheMock)
    {
        for (var waited = 0; !seenByTheMock() && waited < 10_000; waited += 10)
        {
            await Task.Delay(10);
        }

        await Task.Delay(250);
    }

    /// <summary>
    /// Runs a call that must fail with <typeparamref name="TException"/> and prints the typed
    /// error; a call that succeeds means the mock or the client strayed from the docs.
    /// </summary>
    public static async Task ExpectFailureAsync<TException>(Func<Task> call)
        where TException : AuthClientsException
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (TException ex)
        {
            Result($"{ex.GetType().Name}: {ex.Message}");
            return;
        }

        throw new InvalidOperationException($"expected {typeof(TException).Name}, but the call succeeded");
    }

    /// <summary>The clients' log lines (HTTP calls with secrets masked, logins, refreshes).</summary>
    public static ILoggerFactory Logging() => LoggerFactory.Create(builder => builder
        .AddFilter("AuthClients", LogLevel.Information)
        .AddFilter("Microsoft", LogLevel.Warning)
        .AddFilter("Polly", LogLevel.Warning)
        .AddFilter("System", LogLevel.Warning)
        .AddProvider(new DemoLogPrinter()));
}
