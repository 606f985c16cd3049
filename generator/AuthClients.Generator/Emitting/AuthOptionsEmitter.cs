using System.Linq;
using System.Threading;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// Emits <c>&lt;Client&gt;ClientOptions</c>: one property per credential of the auth
/// description, with the spec's default (nullable still when what it fills is optional: null
/// sends nothing), and a <c>ToString</c> that masks every secret
/// (<c>format: password</c>, Basic passwords).
/// </summary>
internal static class AuthOptionsEmitter
{
    public static string Emit(SpecModel spec, AuthModel auth, CancellationToken cancellationToken)
    {
        var name = AuthNames.Options(spec);
        var w = new SourceWriter().FileHeader();
        w.Line("namespace " + spec.Namespace + ";");
        w.Line();
        w.Summary("How to reach " + auth.Vendor + " and whom to log in as.", "Generated from the spec's auth description (info.x-authclients.auth).");
        w.Line(EmitConstants.GeneratedCode);
        w.Open("public sealed partial class " + name + " : " + AuthNames.Core + "AuthClientOptions");
        var first = true;
        foreach (var credential in auth.Credentials)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!first)
            {
                w.Line();
            }

            first = false;
            var summary = DocComment.FirstWithText(credential.Description, "The " + credential.OptionName + " the login sends.");
            var remarks = credential.IsSecret ? "A secret: never logged, never shown by ToString()." : null;
            if (credential.DefaultLiteral is not null)
            {
                remarks = (remarks is null ? string.Empty : remarks + "\n") + "The spec's default is " + credential.DefaultLiteral + ".";
            }

            w.Summary(summary, remarks);
            w.Line(credential.DefaultLiteral is null
                ? "public " + OptionType(credential) + "? " + credential.OptionName + " { get; set; }"
                : "public " + OptionType(credential) + (credential.TargetNullable ? "? " : " ") + credential.OptionName + " { get; set; } = " + credential.DefaultLiteral + ";");
        }

        if (!first)
        {
            w.Line();
        }

        w.Line("/// <inheritdoc />");
        var parts = auth.Credentials.Select(c => c.IsSecret
                ? Identifiers.Literal(c.OptionName + " = ") + " + (" + c.OptionName + " is null ? \"null\" : \"***\")"
                : Identifiers.Literal(c.OptionName + " = ") + " + " + c.OptionName).Prepend("\"BaseAddress = \" + BaseAddress");
        w.Line("public override string ToString() => " + Identifiers.Literal(name + " { ") + " + " + string.Join(" + \", \" + ", parts) + " + \" }\";");
        w.Close();
        return w.ToString();
    }

    /// <summary>The option's type: Basic parts are strings, the rest the type of what they fill.</summary>
    public static string OptionType(CredentialModel credential) => credential.TypeName;
}
