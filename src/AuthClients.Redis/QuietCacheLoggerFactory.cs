using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AuthClients.Redis;

/// <summary>
/// The application's logger factory for this package's own infrastructure, without the
/// distributed cache's lines: while Redis is away HybridCache would log an error with a stack
/// trace for every read and write, where this package logs one warning for the outage.
/// </summary>
internal sealed class QuietCacheLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith("Microsoft.Extensions.Caching.", StringComparison.Ordinal)
            ? NullLogger.Instance
            : inner.CreateLogger(categoryName);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose()
    {
        // The application owns the inner factory.
    }
}
