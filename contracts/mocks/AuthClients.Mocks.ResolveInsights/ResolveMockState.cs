using System.Collections.Concurrent;
using AuthClients.Mocks.Hosting;

namespace AuthClients.Mocks.ResolveInsights;

/// <summary>Issued access and refresh tokens with their expiry, and counters.</summary>
public sealed class ResolveMockState(ResolveMockOptions options)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _access = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _refresh = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _spent = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _everIssued = new();

    public ResolveMockOptions Options => options;

    public RequestCounters Counters { get; } = new();

    public IReadOnlyList<string> IssuedTokens => [.. _everIssued];

    public string IssueAccess(string? value = null) => Remember(_access, value ?? Guid.NewGuid().ToString(), options.AccessTokenLifetime);

    public string IssueRefresh(string? value = null) => Remember(_refresh, value ?? Guid.NewGuid().ToString(), options.RefreshTokenLifetime);

    public void ExpireRefresh(string value) => _refresh[value] = DateTimeOffset.MinValue;

    public bool IsAccessValid(string? token) => IsValid(_access, token);

    public bool IsRefreshValid(string? token) => IsValid(_refresh, token);

    /// <summary>
    /// Takes <paramref name="token"/> for one refresh: with single-use refresh tokens it is
    /// spent by this (a second use is counted as <c>SpentRefreshReuse</c> and refused).
    /// </summary>
    public bool TrySpendRefresh(string? token)
    {
        if (!options.SingleUseRefreshTokens)
        {
            return IsRefreshValid(token);
        }

        if (token is not null && _spent.ContainsKey(token))
        {
            Counters.Increment("SpentRefreshReuse");
            return false;
        }

        return IsRefreshValid(token) && _refresh.TryRemove(token!, out _) && _spent.TryAdd(token!, 0);
    }

    public void ExpireAccessTokens() => _access.Clear();

    public void ExpireRefreshTokens() => _refresh.Clear();

    public void Reset()
    {
        _access.Clear();
        _refresh.Clear();
        _spent.Clear();
        Counters.Reset();
    }

    private string Remember(ConcurrentDictionary<string, DateTimeOffset> tokens, string value, TimeSpan lifetime)
    {
        tokens[value] = options.TimeProvider.GetUtcNow() + lifetime;
        _everIssued.Enqueue(value);
        return value;
    }

    private bool IsValid(ConcurrentDictionary<string, DateTimeOffset> tokens, string? token) =>
        token is not null && tokens.TryGetValue(token, out var expiresAt) && options.TimeProvider.GetUtcNow() < expiresAt;
}
