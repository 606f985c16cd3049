namespace AuthClients.Core;

/// <summary>
/// The clients of tenants known only at run time (credentials loaded from a database): the
/// first call for a tenant loads its options and builds its session; later calls get the same
/// client and token at no extra cost. Sessions are bounded in number (least recently used
/// first out) and in idle time; an evicted session is disposed (its token forgotten), so hold
/// a client for one unit of work and ask again for the next. After a tenant's credentials
/// change, <see cref="Evict"/> it: the next call loads the new options.
/// </summary>
/// <typeparam name="TApi">The vendor's generated API.</typeparam>
public sealed class AuthClientTenants<TApi> : IDisposable
    where TApi : class
{
    private readonly Func<string, Task<TenantSession<TApi>>> _create;
    private readonly TenantCacheOptions _limits;
    private readonly TimeProvider _time;
    private readonly IDisposable _pipeline;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _byRecency = new();
    private readonly ITimer _idleSweep;
    private bool _disposed;

    internal AuthClientTenants(Func<string, Task<TenantSession<TApi>>> create, TenantCacheOptions limits, TimeProvider time, IDisposable pipeline)
    {
        _create = create;
        _limits = limits;
        _time = time;
        _pipeline = pipeline;
        var period = TimeSpan.FromTicks(Math.Clamp(limits.IdleTimeout.Ticks / 2, TimeSpan.TicksPerSecond, TimeSpan.TicksPerMinute));
        _idleSweep = time.CreateTimer(static state => ((AuthClientTenants<TApi>)state!).SweepIdle(), this, period, period);
    }

    /// <summary>Tenant sessions currently cached.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// The client of <paramref name="tenant"/>: cached, or built from the options the loader gives
    /// (validated; a bad one throws <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>
    /// naming the tenant). Concurrent first calls for one tenant load it once.
    /// </summary>
    public ValueTask<TApi> GetAsync(string tenant, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenant);
        Task<TenantSession<TApi>> loading;
        List<Entry>? evicted = null;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = _time.GetUtcNow();
            EvictIdle(now, ref evicted);
            if (_entries.TryGetValue(tenant, out var node))
            {
                node.Value.LastUsed = now;
                _byRecency.Remove(node);
                _byRecency.AddFirst(node);
                loading = node.Value.Session;
            }
            else
            {
                loading = _create(tenant);
                _entries[tenant] = _byRecency.AddFirst(new Entry(tenant, loading, now));
                while (_entries.Count > _limits.MaxSessions && _byRecency.Last is { } oldest)
                {
                    Remove(oldest, ref evicted);
                }
            }
        }

        DisposeAll(evicted);
        return loading.IsCompletedSuccessfully ? new ValueTask<TApi>(loading.Result.Api) : AwaitAsync(tenant, loading, cancellationToken);
    }

    /// <summary>Disposes <paramref name="tenant"/>'s session, if cached; the next call loads its options again.</summary>
    public bool Evict(string tenant)
    {
        List<Entry>? evicted = null;
        lock (_gate)
        {
            if (_entries.TryGetValue(tenant, out var node))
            {
                Remove(node, ref evicted);
            }
        }

        DisposeAll(evicted);
        return evicted is not null;
    }

    /// <summary>The cached session of <paramref name="tenant"/> (token counts, diagnostics), or null.</summary>
    public AuthSession? FindSession(string tenant)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(tenant, out var node) && node.Value.Session.IsCompletedSuccessfully ? node.Value.Session.Result.Session : null;
        }
    }

    /// <summary>Disposes every session and the connections they share.</summary>
    public void Dispose()
    {
        List<Entry> all;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            all = [.. _byRecency];
            _entries.Clear();
            _byRecency.Clear();
        }

        _idleSweep.Dispose();
        DisposeAll(all);
        _pipeline.Dispose();
    }

    private async ValueTask<TApi> AwaitAsync(string tenant, Task<TenantSession<TApi>> loading, CancellationToken cancellationToken)
    {
        try
        {
            return (await loading.WaitAsync(cancellationToken).ConfigureAwait(false)).Api;
        }
        catch (Exception) when (loading.IsFaulted || loading.IsCanceled)
        {
            // A failed load is not cached: the next call tries again.
            lock (_gate)
            {
                if (_entries.TryGetValue(tenant, out var node) && ReferenceEquals(node.Value.Session, loading))
                {
                    _entries.Remove(tenant);
                    _byRecency.Remove(node);
                }
            }

            throw;
        }
    }

    private void SweepIdle()
    {
        List<Entry>? evicted = null;
        lock (_gate)
        {
            if (!_disposed)
            {
                EvictIdle(_time.GetUtcNow(), ref evicted);
            }
        }

        DisposeAll(evicted);
    }

    // Under _gate. The least recently used entries sit at the end of the list.
    private void EvictIdle(DateTimeOffset now, ref List<Entry>? evicted)
    {
        while (_byRecency.Last is { } oldest && now - oldest.Value.LastUsed >= _limits.IdleTimeout)
        {
            Remove(oldest, ref evicted);
        }
    }

    // Under _gate.
    private void Remove(LinkedListNode<Entry> node, ref List<Entry>? evicted)
    {
        _entries.Remove(node.Value.Tenant);
        _byRecency.Remove(node);
        (evicted ??= []).Add(node.Value);
    }

    private static void DisposeAll(List<Entry>? entries)
    {
        // The common case, nothing evicted, must not allocate (not even an empty list).
        if (entries is null)
        {
            return;
        }

        foreach (var entry in entries)
        {
            // A session still loading is disposed when it is ready; a failed one has nothing to dispose.
            entry.Session.ContinueWith(static t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private sealed class Entry(string tenant, Task<TenantSession<TApi>> session, DateTimeOffset lastUsed)
    {
        public string Tenant { get; } = tenant;

        public Task<TenantSession<TApi>> Session { get; } = session;

        public DateTimeOffset LastUsed { get; set; } = lastUsed;
    }
}
