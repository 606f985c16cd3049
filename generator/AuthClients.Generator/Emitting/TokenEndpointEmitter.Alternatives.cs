using System.Collections.Generic;
using System.Linq;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>The token endpoint's alternative logins, refused-login statuses and JWT lifetimes counted from a claim or the request.</summary>
internal static partial class TokenEndpointEmitter
{
    private const string RefreshExpiryHelper = "RefreshTokenExpiry";

    /// <summary>
    /// The first login whose credentials are all set fills the request; the last is the
    /// fallback (the options' validation has made sure one is set). Returns the HTTP client expression.
    /// </summary>
    private static string EmitAlternatives(SourceWriter w, AuthModel auth, OperationModel login, List<string> arguments)
    {
        var headers = auth.Credentials.Any(c => c.Target is CredentialTarget.Bearer or CredentialTarget.BasicUser or CredentialTarget.BasicPassword);
        if (headers)
        {
            w.Line("global::System.Net.Http.HttpClient? http = null;");
        }

        if (login.Body is { } body)
        {
            w.Line(body.Type.FullName + "? body = null;");
            arguments.Add("body: body");
        }

        for (var i = 0; i < auth.Alternatives.Count; i++)
        {
            var own = auth.Alternatives[i].OptionNames.Select(n => auth.Credentials.First(c => c.OptionName == n)).ToList();
            var last = i == auth.Alternatives.Count - 1;
            var condition = string.Join(" && ", own.Where(c => c.Required && c.DefaultLiteral is null).Select(OptionTests.IsSet));
            // The parser has made sure every login but the last needs an option set.
            w.Open(i == 0 ? "if (" + condition + ")" : last ? "else" : "else if (" + condition + ")");

            if (own.FirstOrDefault(c => c.Target == CredentialTarget.Bearer) is { } bearer)
            {
                w.Line("http = clients.CreateHttpClient();");
                w.Line(BearerHeader("http", bearer));
            }

            var user = own.FirstOrDefault(c => c.Target == CredentialTarget.BasicUser);
            var password = own.FirstOrDefault(c => c.Target == CredentialTarget.BasicPassword);
            if (user is not null || password is not null)
            {
                w.Line("http = clients.CreateHttpClient();");
                BasicHeader(w, "http", user, password);
            }

            var fields = own.Where(c => c.Target == CredentialTarget.Body).Select(c => c.Member + " = " + Value(c)).ToList();
            if (fields.Count > 0)
            {
                w.Line("body = new " + login.Body!.Type.FullName + " { " + string.Join(", ", fields) + " };");
            }

            w.Close();
        }

        w.Line();
        return headers ? "http" : "null";
    }

    /// <summary>HTTP Basic on the login's client: the user and password options (empty when the spec has only one).</summary>
    private static void BasicHeader(SourceWriter w, string client, CredentialModel? user, CredentialModel? password)
    {
        w.Line("var basic = (options." + (user?.OptionName ?? "\"\"") + " ?? string.Empty) + \":\" + (options." + (password?.OptionName ?? "\"\"") + " ?? string.Empty);");
        w.Line(client + ".DefaultRequestHeaders.Authorization = new global::System.Net.Http.Headers.AuthenticationHeaderValue(\"Basic\", global::System.Convert.ToBase64String(global::System.Text.Encoding.UTF8.GetBytes(basic)));");
    }

    private static string BearerHeader(string client, CredentialModel bearer) =>
        client + ".DefaultRequestHeaders.Authorization = new global::System.Net.Http.Headers.AuthenticationHeaderValue(\"Bearer\", options." + bearer.OptionName + ");";

    /// <summary>The condition that <paramref name="status"/> is one that refuses the login (401 and 403 unless <c>loginRefused</c> says).</summary>
    private static string RefusedStatus(AuthModel auth, string status) => auth.LoginRefused.Count == 0
        ? status + " is global::System.Net.HttpStatusCode.Unauthorized or global::System.Net.HttpStatusCode.Forbidden"
        : "(int?)" + status + " is " + string.Join(" or ", auth.LoginRefused.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The expiry of the token read by <paramref name="token"/> under <paramref name="lifetime"/>.</summary>
    private static string LifetimeExpression(LifetimeModel lifetime, string token, string answer, string helper) => lifetime.Kind switch
    {
        LifetimeKind.ExpiresIn => AuthNames.Core + "TokenExpiry.FromExpiresIn(" + AccessPathCode.Read(answer, lifetime.ExpiresIn!) + ", sentAt)",
        LifetimeKind.Jwt => helper + "(" + token + (lifetime.CountsFromRequest ? ", sentAt" : string.Empty) + ")",
        _ => "null",
    };

    /// <summary>
    /// A JWT's expiry from its claims, the first present with a positive value winning: an absolute
    /// claim is Unix seconds; a relative one is seconds from its <c>from</c> claim, else from when the
    /// request left (the token was issued after that, so it is never believed to live longer than it does).
    /// </summary>
    private static void EmitRelativeJwtExpiry(SourceWriter w, string name, string whose, LifetimeModel lifetime)
    {
        var claims = lifetime.CountsFromRequest ? lifetime.RelativeClaims.ToList() : lifetime.Claims.Select(c => new JwtClaimModel(c, false, null)).ToList();
        var sentAt = lifetime.CountsFromRequest ? ", global::System.DateTimeOffset sentAt" : string.Empty;
        w.Line();
        w.Line("/// <summary>When " + whose + " JWT expires by its claims, the first present with a positive value winning; null when none is.</summary>");
        w.Open("internal static global::System.DateTimeOffset? " + name + "(string? token" + sentAt + ")");
        w.Open("if (string.IsNullOrEmpty(token))");
        w.Line("return null;");
        w.Close();
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            var value = "claim" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            w.Line();
            w.Open("if (" + AuthNames.Core + "TokenExpiry.NumericClaim(token, " + Identifiers.Literal(claim.Claim) + ") is { } " + value + " && " + value + " > 0)");
            if (!claim.Relative)
            {
                w.Line("return global::System.DateTimeOffset.FromUnixTimeSeconds(" + value + ");");
            }
            else if (claim.From is { } from)
            {
                w.Line("var start = " + AuthNames.Core + "TokenExpiry.NumericClaim(token, " + Identifiers.Literal(from) + ") is { } from && from > 0 ? global::System.DateTimeOffset.FromUnixTimeSeconds(from) : sentAt;");
                w.Line("return start.AddSeconds(" + value + ");");
            }
            else
            {
                w.Line("return sentAt.AddSeconds(" + value + ");");
            }

            w.Close();
        }

        w.Line();
        w.Line("return null;");
        w.Close();
    }
}
