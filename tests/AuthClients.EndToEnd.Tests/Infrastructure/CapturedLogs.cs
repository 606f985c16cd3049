using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AuthClients.EndToEnd.Tests.Infrastructure;

/// <summary>Keeps every log line (rendered message and exception text) the clients write.</summary>
public sealed class CapturedLogs
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>A provider to add to a logging builder; the container disposes it, the lines stay here.</summary>
    public ILoggerProvider Provider() => new Capture(_lines);

    /// <summary>The warnings and the lines of the sessions' own categories, for a failure message.</summary>
    public string Notable() => string.Join('\n', _lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal) || l.Contains("AuthClients.", StringComparison.Ordinal)));

    /// <summary>Fails naming the line if any captured line contains one of <paramref name="secrets"/>.</summary>
    public void ShouldNotContainAny(params string[] secrets)
    {
        _lines.ShouldNotBeEmpty("no log line was captured: the check would prove nothing");
        foreach (var line in _lines)
        {
            foreach (var secret in secrets)
            {
                line.ShouldNotContain(secret, Case.Sensitive, $"a log line leaks a secret: {line}");
            }
        }
    }

    private sealed class Capture(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
