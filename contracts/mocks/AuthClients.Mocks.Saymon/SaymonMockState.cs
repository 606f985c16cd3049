using System.Collections.Concurrent;
using AuthClients.Mocks.Hosting;

namespace AuthClients.Mocks.Saymon;

/// <summary>Users, issued tokens and counters: what the SAYMON mock remembers between calls.</summary>
public sealed class SaymonMockState(SaymonMockOptions options)
{
    private readonly ConcurrentDictionary<string, SaymonMockUser> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _everIssued = new();

    // Users a provider state added (SAYMON assigns their ids); a reset forgets them.
    private readonly ConcurrentDictionary<string, SaymonMockUser> _added = new(StringComparer.Ordinal);

    public RequestCounters Counters { get; } = new();

    public IReadOnlyList<string> IssuedTokens => [.. _everIssued];

    public IList<SaymonMockUser> Users => options.Users;

    public SaymonMockUser? FindByCredentials(string? login, string? password) =>
        options.Users.FirstOrDefault(u => u.Login == login && u.Password == password);

    public SaymonMockUser? FindById(string id) =>
        options.Users.FirstOrDefault(u => u.Id == id) ?? (_added.TryGetValue(id, out var user) ? user : null);

    /// <summary>A new user with an id as SAYMON makes them (24 hex digits, a MongoDB ObjectId), random per call.</summary>
    public SaymonMockUser AddUser(string login)
    {
        var user = new SaymonMockUser(Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)), login, Guid.NewGuid().ToString(), ["manage-objects"]);
        _added[user.Id] = user;
        return user;
    }

    /// <summary>A new token for the user; earlier ones stay valid, as SAYMON's do.</summary>
    public string Issue(SaymonMockUser user, string? value = null)
    {
        var token = value ?? Guid.NewGuid().ToString();
        _tokens[token] = user;
        _everIssued.Enqueue(token);
        return token;
    }

    public SaymonMockUser? UserOf(string? token) => token is not null && _tokens.TryGetValue(token, out var user) ? user : null;

    public void RevokeTokens() => _tokens.Clear();

    public void Reset()
    {
        RevokeTokens();
        _added.Clear();
        Counters.Reset();
    }
}
