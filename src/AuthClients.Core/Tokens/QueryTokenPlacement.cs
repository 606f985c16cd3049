using System.Text;

namespace AuthClients.Core;

/// <summary>
/// The token as a query parameter (a vendor that reads it from the URL).
/// It runs on every call, so the common case (no earlier token in the query) copies the
/// query as it is and formats the escaped pair once per token, not once per call.
/// </summary>
internal sealed class QueryTokenPlacement(string name) : TokenPlacement
{
    private static readonly Uri RelativeBase = new("http://placeholder.invalid/");
    private readonly string _escapedName = Uri.EscapeDataString(name);

    // The last token's "name=value" pair; a token lives for many calls. A reference swap is
    // atomic, so concurrent calls at worst format the same pair twice.
    private Formatted? _last;

    public override void Apply(HttpRequestMessage request, AuthToken token)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI to carry the token.");
        var pair = Pair(token);
        request.RequestUri = AppendedToText(uri, pair) ?? Rewritten(uri, pair);
    }

    /// <summary>
    /// The common case, an http(s) address as HttpClient built it with no token of ours in it
    /// yet: the pair is inserted into the address's own text, copied once. Reading any part of
    /// the parsed Uri (Query, GetLeftPart) would allocate that part's string, and the first read
    /// the Uri's parsed form; the new Uri parses the text as the old one did, so it escapes and
    /// normalizes it the same way. Null for anything else (the general path handles it).
    /// </summary>
    private Uri? AppendedToText(Uri uri, string pair)
    {
        if (!uri.IsAbsoluteUri
            || !(string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.Ordinal) || string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.Ordinal)))
        {
            return null;
        }

        // Uri trims surrounding white space from the text it parses; inserting before the
        // trailing space would put it in the address, so such text takes the general path.
        var text = uri.OriginalString;
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return null;
        }

        // The first '#' starts the fragment; a '?' after it belongs to the fragment.
        var fragment = text.IndexOf('#', StringComparison.Ordinal);
        if (fragment < 0)
        {
            fragment = text.Length;
        }

        var query = text.AsSpan(0, fragment).IndexOf('?');
        if (query >= 0 && (fragment - query == 1 || HasParameter(text.AsSpan(query, fragment - query))))
        {
            return null;
        }

        var withToken = string.Create(text.Length + 1 + pair.Length, (text, fragment, separator: query < 0 ? '?' : '&', pair), static (span, s) =>
        {
            s.text.AsSpan(0, s.fragment).CopyTo(span);
            span[s.fragment] = s.separator;
            s.pair.AsSpan().CopyTo(span[(s.fragment + 1)..]);
            s.text.AsSpan(s.fragment).CopyTo(span[(s.fragment + 1 + s.pair.Length)..]);
        });
        return new Uri(withToken, UriKind.Absolute);
    }

    /// <summary>Any address: rebuilt from the parsed Uri's parts, an earlier token of ours removed.</summary>
    private Uri Rewritten(Uri uri, string pair)
    {
        var absolute = uri.IsAbsoluteUri ? uri : new Uri(RelativeBase, uri);
        var query = WithoutEarlierToken(absolute.Query);
        var withToken = absolute.GetLeftPart(UriPartial.Path) + (query.Length == 0 ? "?" : query + "&") + pair + absolute.Fragment;
        return uri.IsAbsoluteUri
            ? new Uri(withToken, UriKind.Absolute)
            : new Uri(withToken[(RelativeBase.AbsoluteUri.Length - 1)..], UriKind.Relative);
    }

    private string Pair(AuthToken token)
    {
        var last = _last;
        if (last is null || !string.Equals(last.Token, token.Value, StringComparison.Ordinal))
        {
            last = new Formatted(token.Value, _escapedName + "=" + Uri.EscapeDataString(token.Value));
            _last = last;
        }

        return last.Pair;
    }

    /// <summary>The query ("?a=1&amp;b=2" or "") without any parameter of this name; unchanged when there is none.</summary>
    private string WithoutEarlierToken(string query)
    {
        if (!HasParameter(query))
        {
            return query;
        }

        var kept = new StringBuilder(query.Length);
        foreach (var range in query.AsSpan(1).Split('&'))
        {
            var pair = query.AsSpan(1)[range];
            if (pair.IsEmpty || IsThisParameter(pair))
            {
                continue;
            }

            kept.Append(kept.Length == 0 ? '?' : '&').Append(pair);
        }

        return kept.ToString();
    }

    private bool HasParameter(ReadOnlySpan<char> query)
    {
        if (query.Length <= 1)
        {
            return false;
        }

        foreach (var range in query[1..].Split('&'))
        {
            if (IsThisParameter(query[1..][range]))
            {
                return true;
            }
        }

        return false;
    }

    // Compared unescaped, so "my%2Dtoken=…" counts as the same parameter as "my-token=…".
    private bool IsThisParameter(ReadOnlySpan<char> pair)
    {
        var equals = pair.IndexOf('=');
        var key = equals < 0 ? pair : pair[..equals];
        return key.Contains('%')
            ? string.Equals(Uri.UnescapeDataString(key.ToString()), name, StringComparison.Ordinal)
            : key.SequenceEqual(_escapedName) || key.SequenceEqual(name);
    }

    // A class, not a record: a record's ToString would print the token.
    private sealed class Formatted(string token, string pair)
    {
        public string Token { get; } = token;

        public string Pair { get; } = pair;
    }
}
