using System.Linq;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>The definition's checks of alternative logins and its hand-written validation hook.</summary>
internal static partial class AuthDefinitionEmitter
{
    /// <summary>One of the logins must have all it needs: "Set X.A and B, or C: V's login needs them."</summary>
    private static void EmitAlternativesValidate(SourceWriter w, AuthModel auth, string options)
    {
        var logins = auth.Alternatives
            .Select(a => a.OptionNames.Select(n => auth.Credentials.First(c => c.OptionName == n)).Where(c => c.Required && c.DefaultLiteral is null).ToList())
            .ToList();
        w.Line("// One of the logins must have every credential it needs; the message names each way at once.");
        w.Open("private static global::System.Collections.Generic.IEnumerable<string> Validate(" + options + " options)");
        var conditions = logins.Select(l => l.Count == 0 ? "true" : string.Join(" && ", l.Select(OptionTests.IsSet)));
        w.Open("if (" + string.Join(" || ", conditions.Select(c => logins.Count > 1 && c.Contains("&&") ? "(" + c + ")" : c)) + ")");
        w.Line("return [];");
        w.Close();
        w.Line();
        var ways = logins.Where(l => l.Count > 0).Select(l => Names(l.Select(c => c.OptionName).ToList())).ToList();
        w.Line("return [" + Identifiers.Literal("Set " + options + "." + string.Join(", or ", ways) + ": " + auth.Vendor + "'s login needs " + (ways.Count == 1 && logins[0].Count == 1 ? "it." : "them.")) + "];");
        w.Close();
    }

    /// <summary>The checks the spec names in <c>validate</c> and the vendor package writes by hand, after the generated ones.</summary>
    private static void EmitValidateHook(SourceWriter w, AuthModel auth, string options)
    {
        if (auth.Validate is null)
        {
            return;
        }

        // Declared without a body: the vendor package must write it, or the build fails (CS8795).
        w.Line();
        w.Line("/// <summary>The vendor's own option checks, written by hand beside the spec; each message names the option and what to do.</summary>");
        w.Line("private static partial global::System.Collections.Generic.IEnumerable<string> " + auth.Validate + "(" + options + " options);");
    }

    private static string Names(System.Collections.Generic.List<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
}
