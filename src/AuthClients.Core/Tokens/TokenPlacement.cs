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

    private sealed class BearerPlacement : TokenPlacement
    {
        public override void Apply(HttpRequestMessage request, AuthToken token) =>
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
    }
}
