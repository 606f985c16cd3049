using System.Net.Http.Headers;

namespace AuthClients.Core;

/// <summary>
/// Where a vendor wants its token. Applying twice replaces the earlier value, so a request
/// retried with a new token never carries two.
/// </summary>
public abstract class TokenPlacement
{
    /// <summary>Puts <paramref name="token"/> on <paramref name="request"/>.</summary>
    public abstract void Apply(HttpRequestMessage request, AuthToken token);

    /// <summary>A header of the vendor's own naming (not Authorization).</summary>
    public static TokenPlacement Header(string name) => new HeaderPlacement(name);

    /// <summary><c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public static TokenPlacement Bearer() => new BearerPlacement();

    /// <summary>A query parameter of the vendor's naming.</summary>
    public static TokenPlacement Query(string name) => new QueryTokenPlacement(name);

    private sealed class HeaderPlacement(string name) : TokenPlacement
    {
        public override void Apply(HttpRequestMessage request, AuthToken token)
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, token.Value);
        }
    }

    /// <summary>
    /// The header value is built once per token, not once per call (a token lives for many
    /// calls): <see cref="AuthenticationHeaderValue"/> cannot be changed once built, so requests
    /// in flight at once can share it.
    /// </summary>
    private sealed class BearerPlacement : TokenPlacement
    {
        // A reference swap is atomic, so concurrent calls at worst build the same value twice.
        private Built? _last;

        public override void Apply(HttpRequestMessage request, AuthToken token)
        {
            var last = _last;
            if (last is null || !string.Equals(last.Token, token.Value, StringComparison.Ordinal))
            {
                last = new Built(token.Value, new AuthenticationHeaderValue("Bearer", token.Value));
                _last = last;
            }

            request.Headers.Authorization = last.Value;
        }

        // A class, not a record: a record's ToString would print the token.
        private sealed class Built(string token, AuthenticationHeaderValue value)
        {
            public string Token { get; } = token;

            public AuthenticationHeaderValue Value { get; } = value;
        }
    }
}
