using System.Collections.Concurrent;

namespace AuthClients.Mocks.Hosting;

/// <summary>
/// Named, thread-safe request counters a mock bumps as it answers, so tests can assert how
/// often a client did something (for example logged in) without reading logs.
/// </summary>
public sealed class RequestCounters
{
    private readonly ConcurrentDictionary<string, StrongBox> _counts = new(StringComparer.Ordinal);

    /// <summary>Adds one to <paramref name="name"/>.</summary>
    public void Increment(string name) => Interlocked.Increment(ref _counts.GetOrAdd(name, _ => new StrongBox()).Value);

    /// <summary>The count of <paramref name="name"/>; 0 when never incremented.</summary>
    public int Get(string name) => _counts.TryGetValue(name, out var box) ? Volatile.Read(ref box.Value) : 0;

    /// <summary>A copy of every count, for diagnostics.</summary>
    public IReadOnlyDictionary<string, int> Snapshot() => _counts.ToDictionary(p => p.Key, p => Volatile.Read(ref p.Value.Value), StringComparer.Ordinal);

    /// <summary>Sets every count back to 0.</summary>
    public void Reset() => _counts.Clear();

    private sealed class StrongBox
    {
#pragma warning disable CA1051 // A field, so Interlocked can update it in place.
        public int Value;
#pragma warning restore CA1051
    }
}
