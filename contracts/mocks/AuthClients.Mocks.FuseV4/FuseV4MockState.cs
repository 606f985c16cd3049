using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using AuthClients.Mocks.Hosting;

namespace AuthClients.Mocks.FuseV4;

/// <summary>Accounts, current tokens and counters: what the Fuse v4 mock remembers between calls.</summary>
public sealed class FuseV4MockState(FuseV4MockOptions options)
{
    private readonly ConcurrentDictionary<string, FuseV4MockUser> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _everIssued = new();

    public RequestCounters Counters { get; } = new();

    /// <summary>Every token this mock has issued, so tests can check that none leaks into logs.</summary>
    public IReadOnlyList<string> IssuedTokens => [.. _everIssued];

    public FuseV4MockUser? FindByCredentials(string? loginName, string? password) =>
        string.IsNullOrEmpty(loginName) || password is null
            ? null
            : options.Users.FirstOrDefault(u => string.Equals(u.LoginName, loginName, StringComparison.OrdinalIgnoreCase)
                && string.Equals(u.Password, password, StringComparison.Ordinal));

    public FuseV4MockUser Demo => options.Users.First(u => u.LoginName == FuseV4MockOptions.DemoLoginName);

    /// <summary>A new token for the user (22 URL-safe characters, like the document's example).</summary>
    public string Issue(FuseV4MockUser user, string? value = null)
    {
        var token = value ?? Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        _tokens[token] = user;
        _everIssued.Enqueue(token);
        return token;
    }

    public FuseV4MockUser? UserOf(string? token) =>
        !string.IsNullOrEmpty(token) && _tokens.TryGetValue(token, out var user) ? user : null;

    /// <summary>Fuse renews tokens at regular intervals: every current token stops working.</summary>
    public void RotateTokens() => _tokens.Clear();

    public void Expire(string token) => _tokens.TryRemove(token, out _);

    public void Reset()
    {
        RotateTokens();
        Counters.Reset();
    }
}
