using Microsoft.Extensions.Logging;

namespace AuthClients.Demo;

/// <summary>
/// Prints the clients' log lines in line with the demo's steps. The stock console logger writes
/// from a background queue, so its lines would land after the step they belong to.
/// </summary>
internal sealed class DemoLogPrinter : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Printer(categoryName[(categoryName.LastIndexOf('.') + 1)..]);

    public void Dispose()
    {
    }

    private sealed class Printer(string source) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                // The message is already redacted by the clients; the demo adds nothing to it.
                Console.WriteLine($"       [{source}] {formatter(state, exception)}");
            }
        }
    }
}
