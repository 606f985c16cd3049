using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// Emits the internal <c>&lt;Client&gt;TokenEndpoint</c>: the login call filled from the
/// options, the token and its lifetime read where the description says, a refusal flag, and
/// (with <c>refresh</c>) the refresh call. A 401 or 403 to the login is a refused login; a
/// 400, 401 or 403 to the refresh is a refused refresh, which the session answers by logging in.
/// </summary>
internal static partial class TokenEndpointEmitter
{
    public static string Emit(SpecModel spec, AuthModel auth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var name = AuthNames.Endpoint(spec);
        var options = "global::" + spec.Namespace + "." + AuthNames.Options(spec);
        var api = "global::" + spec.Namespace + "." + AuthApiEmitter.InterfaceName(spec);
        var vendor = Identifiers.Literal(auth.Vendor);
        var login = spec.Operations.First(o => o.MethodName == auth.LoginMethod);
        var w = new SourceWriter().FileHeader();
        w.Line("namespace " + spec.Namespace + ";");
        w.Line();
        w.Line("/// <summary>How " + DocComment.Inline(auth.Vendor).Replace("<", "&lt;").Replace(">", "&gt;") + " hands out tokens, as its spec describes it.</summary>");
        w.Line(EmitConstants.GeneratedCode);
        var interfaceName = auth.Refresh is null ? "ITokenEndpoint" : "IRefreshingTokenEndpoint";
        var time = UsesClock(auth) ? ", global::System.TimeProvider time" : string.Empty;
        w.Open("internal sealed class " + name + "(" + AuthNames.Core + "TokenClients clients, " + options + " options" + time + ") : " + AuthNames.Core + interfaceName);
        w.Open("public async global::System.Threading.Tasks.Task<" + AuthNames.Core + "AuthToken> LoginAsync(global::System.Threading.CancellationToken cancellationToken)");
        var basicUser = auth.Credentials.FirstOrDefault(c => c.Target == CredentialTarget.BasicUser);
        var basicPassword = auth.Credentials.FirstOrDefault(c => c.Target == CredentialTarget.BasicPassword);
        var client = "null";
        var arguments = new List<string>();
        if (auth.Alternatives.Count > 0)
        {
            client = EmitAlternatives(w, auth, login, arguments);
        }
        else if (auth.Credentials.FirstOrDefault(c => c.Target == CredentialTarget.Bearer) is { } bearer)
        {
            w.Line("var http = clients.CreateHttpClient();");
            w.Line(BearerHeader("http", bearer));
            client = "http";
        }
        else if (basicUser is not null || basicPassword is not null)
        {
            w.Line("var http = clients.CreateHttpClient();");
            BasicHeader(w, "http", basicUser, basicPassword);
            client = "http";
        }

        if (login.Body is { } body && auth.Alternatives.Count == 0)
        {
            var fields = auth.Credentials.Where(c => c.Target == CredentialTarget.Body).Select(c => c.Member + " = " + Value(c))
                .Concat(auth.LoginConstants.Where(c => c.Target == CredentialTarget.Body).Select(c => c.Member + " = " + c.Literal));
            w.Line("var body = new " + body.Type.FullName + " { " + string.Join(", ", fields) + " };");
            arguments.Add("body: body");
        }

        foreach (var credential in auth.Credentials.Where(c => c.Target is CredentialTarget.Path or CredentialTarget.Query or CredentialTarget.Header))
        {
            arguments.Add(credential.Member + ": " + Value(credential));
        }

        arguments.AddRange(auth.LoginConstants.Where(c => c.Target != CredentialTarget.Body).Select(c => c.Member + ": " + c.Literal));
        arguments.Add("cancellationToken: cancellationToken");
        if (UsesClock(auth))
        {
            w.Line("var sentAt = time.GetUtcNow();");
        }

        w.Open("try");
        w.Line("var answer = await clients.CreateApi<" + api + ">(" + client + ")." + auth.LoginMethod + "(" + string.Join(", ", arguments) + ").ConfigureAwait(false);");
        if (auth.Refuse is { } refuse)
        {
            w.Open("if (" + AccessPathCode.Read("answer", refuse.When) + " is " + refuse.Is + ")");
            w.Line("throw new " + AuthNames.Core + "PasswordChangeRequiredException(" + vendor + ", global::System.Net.HttpStatusCode.OK);");
            w.Close();
            w.Line();
        }

        var refreshToken = auth.Refresh is { } r ? AccessPathCode.Read("answer", r.RefreshToken) : null;
        var token = auth.Token.IsWholeBody ? "WholeBody(answer)" : AccessPathCode.Read("answer", auth.Token);
        var refreshExpiry = auth.Refresh?.TokenLifetime is { } refreshLifetime ? ", " + LifetimeExpression(refreshLifetime, refreshToken!, "answer", RefreshExpiryHelper) : string.Empty;
        w.Line("return Token(" + token + ", " + Expiry(auth, "answer") + ", " + (refreshToken ?? "null") + refreshExpiry + ");");
        w.Close();
        // Refused by its status (401 and 403 unless loginRefused says), or by one of the refusal codes.
        var refusedLogin = RefusedStatus(auth, "refusal.StatusCode") + Codes(auth.LoginRefusedCodes);
        w.Line("catch (" + AuthNames.Core + "VendorApiException refusal) when (refusal is not " + AuthNames.Core + "AuthenticationFailedException && (" + refusedLogin + "))");
        w.Line("{");
        w.Line("    throw new " + AuthNames.Core + "AuthenticationFailedException(refusal);");
        w.Line("}");
        w.Line("catch (" + AuthNames.Core + "UnexpectedResponseException unexpected) when (" + RefusedStatus(auth, "unexpected.StatusCode") + ")");
        w.Line("{");
        w.Line(auth.LoginRefused.Count == 0
            ? "    // A 401 or 403 to a login is a refusal whatever its body says (one the spec does not describe included)."
            : "    // A refusing status to a login is a refusal whatever its body says (one the spec does not describe included).");
        w.Line("    throw new " + AuthNames.Core + "AuthenticationFailedException(new " + AuthNames.Core + "VendorApiException(" + vendor + ", unexpected.StatusCode.Value, new " + AuthNames.Core + "VendorError(null, null), unexpected.Message, unexpected));");
        w.Line("}");
        w.Close();

        if (auth.Refresh is { } refresh)
        {
            EmitRefresh(w, spec, auth, refresh, api, vendor);
        }

        w.Line();
        w.Line("// An answer that breaks its schema (no token where the spec says) is the vendor's fault, said plainly.");
        var refreshExpiresAt = auth.Refresh?.TokenLifetime is null ? string.Empty : ", global::System.DateTimeOffset? refreshTokenExpiresAt";
        w.Open("private static " + AuthNames.Core + "AuthToken Token(string? value, global::System.DateTimeOffset? expiresAt, string? refreshToken" + refreshExpiresAt + ")");
        w.Open("if (string.IsNullOrEmpty(value))");
        w.Line("throw new " + AuthNames.Core + "UnexpectedResponseException(" + vendor + ", global::System.Net.HttpStatusCode.OK, " + Identifiers.Literal(auth.Vendor + " answered without a token at '" + auth.Token.Written + "'.") + ");");
        w.Close();
        w.Line();
        w.Line("return new " + AuthNames.Core + "AuthToken(value, expiresAt, refreshToken" + (refreshExpiresAt.Length == 0 ? string.Empty : ", refreshTokenExpiresAt") + ");");
        w.Close();

        if (auth.Token.IsWholeBody)
        {
            w.Line();
            w.Line("// The answer is the token (a JSON string, unquoted; bare from some proxies). A page or a document");
            w.Line("// in its place (a proxy's HTML, a JSON object, text with spaces) is no token: said at the login, not at the first call.");
            w.Open("private static string WholeBody(string answer)");
            w.Line("var text = answer.Trim();");
            w.Open("if (text.Length > 0 && text[0] is not ('{' or '[' or '<') && !global::System.Linq.Enumerable.Any(text, char.IsWhiteSpace))");
            w.Line("return text;");
            w.Close();
            w.Line();
            w.Line("throw new " + AuthNames.Core + "UnexpectedResponseException(" + vendor + ", global::System.Net.HttpStatusCode.OK, " + Identifiers.Literal(auth.Vendor + " answered 200 OK to the login with a body that is not the documented JSON string: ")
                + " + " + AuthNames.Core + "SecretRedactor.Default.RedactText(text.Length > 80 ? text.Substring(0, 80) + \"…\" : text));");
            w.Close();
        }

        if (auth.Lifetime.CountsFromRequest)
        {
            EmitRelativeJwtExpiry(w, "JwtExpiry", "the token's", auth.Lifetime);
        }
        else if (auth.Lifetime.Kind == LifetimeKind.Jwt)
        {
            w.Line();
            w.Line("// The first of the JWT's claims present gives the expiry in Unix seconds; no claim, no stated expiry.");
            w.Open("private static global::System.DateTimeOffset? JwtExpiry(string? token)");
            w.Open("if (string.IsNullOrEmpty(token))");
            w.Line("return null;");
            w.Close();
            w.Line();
            var claims = string.Join(" ?? ", auth.Lifetime.Claims.Select(c => AuthNames.Core + "TokenExpiry.NumericClaim(token, " + Identifiers.Literal(c) + ")"));
            w.Line("return (" + claims + ") is { } seconds && seconds > 0 ? global::System.DateTimeOffset.FromUnixTimeSeconds(seconds) : null;");
            w.Close();
        }

        if (auth.Refresh?.TokenLifetime is { Kind: LifetimeKind.Jwt } refreshTokenLifetime)
        {
            EmitRelativeJwtExpiry(w, RefreshExpiryHelper, "the refresh token's", refreshTokenLifetime);
        }

        w.Close();
        return w.ToString();
    }

    private static void EmitRefresh(SourceWriter w, SpecModel spec, AuthModel auth, RefreshModel refresh, string api, string vendor)
    {
        var operation = spec.Operations.First(o => o.MethodName == refresh.Method);
        w.Line();
        w.Line("public bool CanRefresh(" + AuthNames.Core + "AuthToken current) => current.RefreshToken is not null;");
        w.Line();
        w.Open("public async global::System.Threading.Tasks.Task<" + AuthNames.Core + "AuthToken> RefreshAsync(" + AuthNames.Core + "AuthToken current, global::System.Threading.CancellationToken cancellationToken)");
        var client = "null";
        var arguments = new List<string>();
        switch (refresh.Sends)
        {
            case RefreshSends.Bearer:
                w.Line("var http = clients.CreateHttpClient();");
                w.Line("http.DefaultRequestHeaders.Authorization = new global::System.Net.Http.Headers.AuthenticationHeaderValue(\"Bearer\", current.RefreshToken);");
                client = "http";
                break;
            case RefreshSends.Body:
                break;
            default:
                arguments.Add(refresh.Member + ": current.RefreshToken!");
                break;
        }

        // The body holds the refresh token when it goes there, the fixed values and the options the refresh sends too.
        if (operation.Body is { } refreshBody)
        {
            var fields = (refresh.Sends == RefreshSends.Body ? [refresh.Member + " = current.RefreshToken!"] : new List<string>())
                .Concat(refresh.Credentials.Where(c => c.Target == CredentialTarget.Body).Select(c => c.Member + " = " + Value(c)))
                .Concat(refresh.Constants.Where(c => c.Target == CredentialTarget.Body).Select(c => c.Member + " = " + c.Literal));
            w.Line("var body = new " + refreshBody.Type.FullName + " { " + string.Join(", ", fields) + " };");
            arguments.Add("body: body");
        }

        arguments.AddRange(refresh.Credentials.Where(c => c.Target != CredentialTarget.Body).Select(c => c.Member + ": " + Value(c)));
        arguments.AddRange(refresh.Constants.Where(c => c.Target != CredentialTarget.Body).Select(c => c.Member + ": " + c.Literal));

        arguments.Add("cancellationToken: cancellationToken");
        if (UsesClock(auth))
        {
            w.Line("var sentAt = time.GetUtcNow();");
        }

        w.Open("try");
        w.Line("var answer = await clients.CreateApi<" + api + ">(" + client + ")." + refresh.Method + "(" + string.Join(", ", arguments) + ").ConfigureAwait(false);");
        var next = refresh.NextRefreshToken is { } path ? AccessPathCode.Read("answer", path) + " ?? current.RefreshToken" : "current.RefreshToken";
        var expiry = auth.Lifetime.Kind == LifetimeKind.ExpiresIn && operation.Response == spec.Operations.First(o => o.MethodName == auth.LoginMethod).Response
            ? Expiry(auth, "answer")
            : auth.Lifetime.Kind == LifetimeKind.Jwt ? "JwtExpiry(" + AccessPathCode.Read("answer", refresh.Token) + (auth.Lifetime.CountsFromRequest ? ", sentAt" : string.Empty) + ")" : "null";
        var nextExpiry = string.Empty;
        if (refresh.TokenLifetime is { } refreshLifetime)
        {
            // A refresh answer without a new refresh token keeps the one used, and with it its expiry.
            w.Line("var next = " + next + ";");
            next = "next";
            nextExpiry = refresh.NextRefreshToken is null
                ? ", current.RefreshTokenExpiresAt"
                : ", next == current.RefreshToken ? current.RefreshTokenExpiresAt : " + LifetimeExpression(refreshLifetime, "next", "answer", RefreshExpiryHelper);
        }

        w.Line("return Token(" + AccessPathCode.Read("answer", refresh.Token) + ", " + expiry + ", " + next + nextExpiry + ");");
        w.Close();
        w.Line("catch (" + AuthNames.Core + "VendorApiException refusal) when (refusal.StatusCode is global::System.Net.HttpStatusCode.BadRequest or global::System.Net.HttpStatusCode.Unauthorized or global::System.Net.HttpStatusCode.Forbidden" + Codes(refresh.RefusedCodes) + ")");
        w.Line("{");
        w.Line("    throw new " + AuthNames.Core + "TokenRefreshRejectedException(" + vendor + " + \" refused the refresh token (\" + (refusal.ErrorCode ?? ((int)refusal.StatusCode).ToString(global::System.Globalization.CultureInfo.InvariantCulture)) + \")\", refusal);");
        w.Line("}");
        w.Line("catch (" + AuthNames.Core + "UnexpectedResponseException unexpected) when (unexpected.StatusCode is global::System.Net.HttpStatusCode.BadRequest or global::System.Net.HttpStatusCode.Unauthorized or global::System.Net.HttpStatusCode.Forbidden)");
        w.Line("{");
        w.Line("    throw new " + AuthNames.Core + "TokenRefreshRejectedException(" + vendor + " + \" refused the refresh token (\" + ((int)unexpected.StatusCode.Value).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \")\", unexpected);");
        w.Line("}");
        w.Close();
    }

    // The error codes that refuse whatever the status, as an "or" to the status test.
    private static string Codes(EquatableArray<string> codes) =>
        codes.Count == 0 ? string.Empty : " || refusal.ErrorCode is " + string.Join(" or ", codes.Select(Identifiers.Literal));

    /// <summary>Only an expires_in lifetime needs the clock (and the endpoint takes it only then).</summary>
    public static bool UsesClock(AuthModel auth) => auth.Lifetime.Kind == LifetimeKind.ExpiresIn || auth.Lifetime.CountsFromRequest
        || auth.Refresh?.TokenLifetime is { Kind: LifetimeKind.ExpiresIn } or { CountsFromRequest: true };

    // expires_in counts from when the request left: the server answered after that, so the
    // token is never believed to live longer than it does.
    private static string Expiry(AuthModel auth, string answer) => auth.Lifetime.Kind switch
    {
        LifetimeKind.ExpiresIn => AuthNames.Core + "TokenExpiry.FromExpiresIn(" + AccessPathCode.Read(answer, auth.Lifetime.ExpiresIn!) + ", sentAt)",
        LifetimeKind.Jwt => "JwtExpiry(" + AccessPathCode.Read(answer, auth.Token) + (auth.Lifetime.CountsFromRequest ? ", sentAt" : string.Empty) + ")",
        _ => "null",
    };

    /// <summary>The option's value as the filled member's type: validation has made sure a required one is set.</summary>
    private static string Value(CredentialModel credential)
    {
        var read = "options." + credential.OptionName;
        if (credential.DefaultLiteral is not null || credential.TargetNullable)
        {
            return read;
        }

        return credential.IsValueType ? read + ".GetValueOrDefault()" : read + "!";
    }
}
