using System.Linq;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// The options' value checks beyond "set it": a server variable that is part of the host name
/// must be a host name part, one with an <c>enum</c> one of its values, one with a
/// <c>pattern</c> (and a credential whose schema has a <c>pattern</c>) a match. Each message
/// names the option and (unless it is a secret) the value it got.
/// </summary>
internal static class AuthOptionChecks
{
    public static bool Any(AuthModel auth) =>
        auth.Server is not null || auth.Credentials.Any(c => c.Pattern is not null && c.TypeName == "string");

    public static void Emit(SourceWriter w, string options, AuthModel auth)
    {
        w.Line();
        w.Line("// What the spec says of each value: a host name part, one of its enum, a match of its pattern.");
        w.Open("private static global::System.Collections.Generic.IEnumerable<string> Check(" + options + " options)");
        foreach (var variable in auth.Server?.Variables ?? EquatableArray<ServerVariableModel>.Empty)
        {
            // A server variable only matters when it builds the address.
            var read = "options." + variable.OptionName;
            var prefix = Identifiers.Literal(options + "." + variable.OptionName + " '") + " + " + read + " + ";
            if (variable.InHost)
            {
                w.Open("if (options.BaseAddress is null && !string.IsNullOrWhiteSpace(" + read + ") && global::System.Uri.CheckHostName(" + read + ") != global::System.UriHostNameType.Dns)");
                w.Line("yield return " + prefix + "\"' is not a valid host name part.\";");
                w.Close();
                w.Line();
            }

            if (variable.Enum.Count > 0)
            {
                var values = string.Join(", ", variable.Enum.Select(Identifiers.Literal));
                w.Open("if (options.BaseAddress is null && " + read + " is { } " + variable.OptionName.ToLowerInvariant() + "Value && global::System.Array.IndexOf(new[] { " + values + " }, " + variable.OptionName.ToLowerInvariant() + "Value) < 0)");
                w.Line("yield return " + prefix + Identifiers.Literal("' is not one of " + string.Join(", ", variable.Enum) + ".") + ";");
                w.Close();
                w.Line();
            }

            if (variable.Pattern is { } pattern)
            {
                EmitPattern(w, "options.BaseAddress is null && ", read, pattern, prefix);
            }
        }

        foreach (var credential in auth.Credentials.Where(c => c.Pattern is not null && c.TypeName == "string"))
        {
            var read = "options." + credential.OptionName;
            // A secret's value is never echoed.
            var prefix = credential.IsSecret
                ? Identifiers.Literal(options + "." + credential.OptionName) + " + "
                : Identifiers.Literal(options + "." + credential.OptionName + " '") + " + " + read + " + ";
            EmitPattern(w, string.Empty, read, credential.Pattern!, prefix, quoted: !credential.IsSecret);
        }

        w.Line("yield break;");
        w.Close();
    }

    private static void EmitPattern(SourceWriter w, string condition, string read, string pattern, string prefix, bool quoted = true)
    {
        w.Open("if (" + condition + "!string.IsNullOrEmpty(" + read + ") && !global::System.Text.RegularExpressions.Regex.IsMatch(" + read + ", " + Identifiers.Literal(pattern) + ", global::System.Text.RegularExpressions.RegexOptions.None, global::System.TimeSpan.FromSeconds(1)))");
        w.Line("yield return " + prefix + Identifiers.Literal((quoted ? "'" : string.Empty) + " does not match " + pattern + ".") + ";");
        w.Close();
        w.Line();
    }
}
