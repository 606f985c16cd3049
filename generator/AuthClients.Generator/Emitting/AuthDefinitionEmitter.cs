using System.Linq;
using System.Threading;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// Emits the internal <c>&lt;Client&gt;Definition</c>: the vendor as the data Core runs (where
/// the token goes, how errors read, the endpoint, which options are secrets, what must be set).
/// </summary>
internal static partial class AuthDefinitionEmitter
{
    public static string Emit(SpecModel spec, AuthModel auth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var options = AuthNames.Options(spec);
        var w = new SourceWriter().FileHeader();
        w.Line("namespace " + spec.Namespace + ";");
        w.Line();
        w.Line("/// <summary>The vendor as data, from its spec's auth description and security scheme.</summary>");
        w.Line(EmitConstants.GeneratedCode);
        w.Open("internal static " + (auth.Validate is null ? string.Empty : "partial ") + "class " + AuthNames.Definition(spec));
        w.Line("public static " + AuthNames.Core + "AuthClientDefinition<" + options + "> Instance { get; } = new()");
        w.Line("{");
        w.Line("    Name = " + Identifiers.Literal(AuthNames.Session(spec)) + ",");
        w.Line("    Vendor = " + Identifiers.Literal(auth.Vendor) + ",");
        w.Line("    Placement = " + Placement(auth.Placement) + ",");
        w.Line("    GeneratedSettings = " + spec.ContextName + ".CreateRefitSettings,");
        w.Line("    ReadError = " + AuthNames.ErrorReader(spec) + ".Read,");
        var time = TokenEndpointEmitter.UsesClock(auth) ? ", time" : string.Empty;
        w.Line("    TokenEndpoint = static (options, clients, time) => new " + AuthNames.Endpoint(spec) + "(clients, options" + time + "),");
        var user = auth.Credentials.FirstOrDefault(c => !c.IsSecret && c.TypeName == "string");
        w.Line("    UserName = static " + (user is null ? "_ => null" : "options => options." + user.OptionName) + ",");
        var secrets = auth.Credentials.Where(c => c.IsSecret).Select(c => c.TypeName == "string" ? "options." + c.OptionName : "options." + c.OptionName + "?.ToString()");
        w.Line("    Secrets = static options => [" + string.Join(", ", secrets) + "],");
        // The generated checks first, then the server variables' and patterns' checks, then the
        // vendor's own hand-written ones (validate:), each where the spec has them.
        var checks = AuthOptionChecks.Any(auth);
        var validate = "Validate(options)";
        foreach (var more in new[] { checks ? "Check(options)" : null, auth.Validate is null ? null : auth.Validate + "(options)" }.Where(m => m is not null))
        {
            validate = "global::System.Linq.Enumerable.Concat(" + validate + ", " + more + ")";
        }

        w.Line(validate == "Validate(options)" ? "    Validate = Validate," : "    Validate = static options => " + validate + ",");
        w.Line("    SecretNames = [" + string.Join(", ", auth.SecretNames.Select(Identifiers.Literal)) + "],");
        w.Line("};");
        w.Line();
        if (auth.Alternatives.Count > 0)
        {
            EmitAlternativesValidate(w, auth, options);
            if (checks)
            {
                AuthOptionChecks.Emit(w, options, auth);
            }

            EmitValidateHook(w, auth, options);
            w.Close();
            return w.ToString();
        }

        w.Line("// A credential the login needs must be set (a string one with a default must not be emptied); the message names them all at once.");
        w.Open("private static global::System.Collections.Generic.IEnumerable<string> Validate(" + options + " options)");
        w.Line("var missing = new global::System.Collections.Generic.List<string>();");
        foreach (var credential in auth.Credentials.Where(c => c.Required && (c.DefaultLiteral is null || c.TypeName == "string")))
        {
            w.Line();
            w.Open("if (" + OptionTests.IsMissing(credential) + ")");
            w.Line("missing.Add(" + Identifiers.Literal(credential.OptionName) + ");");
            w.Close();
        }

        w.Line();
        // "Set X.A: … needs it." / "Set X.A, B and C: … needs them." — read as a sentence.
        w.Open("if (missing.Count == 0)");
        w.Line("return [];");
        w.Close();
        w.Line();
        w.Line("var last = missing[missing.Count - 1];");
        w.Line("var names = missing.Count == 1 ? last : string.Join(\", \", missing.GetRange(0, missing.Count - 1)) + \" and \" + last;");
        w.Line("return [" + Identifiers.Literal("Set " + options + ".") + " + names + " + Identifiers.Literal(": " + auth.Vendor + "'s login needs ") + " + (missing.Count == 1 ? \"it.\" : \"them.\")];");
        w.Close();
        if (checks)
        {
            AuthOptionChecks.Emit(w, options, auth);
        }

        EmitValidateHook(w, auth, options);
        w.Close();
        return w.ToString();
    }

    private static string Placement(TokenPlacementModel placement) => placement.Kind switch
    {
        PlacementKind.Header => AuthNames.Core + "TokenPlacement.Header(" + Identifiers.Literal(placement.Name!) + ")",
        PlacementKind.Query => AuthNames.Core + "TokenPlacement.Query(" + Identifiers.Literal(placement.Name!) + ")",
        _ => AuthNames.Core + "TokenPlacement.Bearer()",
    };
}
