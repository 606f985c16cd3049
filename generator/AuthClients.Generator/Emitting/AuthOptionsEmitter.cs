using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// Emits <c>&lt;Client&gt;ClientOptions</c>: one property per server variable and credential of
/// the auth description, with the spec's default, the base address built from the server
/// variables, and a <c>ToString</c> that masks every secret (<c>format: password</c>, Basic
/// passwords). Derived from another spec's options (<c>options.extends</c>), it declares only
/// what that class does not; extended by another spec's, it is not sealed.
/// </summary>
internal static class AuthOptionsEmitter
{
    /// <summary>What this spec's options class declares, for the other specs of the project.</summary>
    public static OptionsShape Shape(SpecModel spec, AuthModel auth)
    {
        var options = (auth.Server?.Variables ?? EquatableArray<ServerVariableModel>.Empty).Select(v => new OptionShape(v.OptionName, false))
            .Concat(auth.Credentials.Select(c => new OptionShape(c.OptionName, c.IsSecret)));
        return new OptionsShape(spec.Namespace, AuthNames.Options(spec), AuthNames.Surface(spec).Extends?.Name, options.ToEquatableArray(), ServerKey(auth));
    }

    /// <summary>
    /// A described spec with the project's other options classes: its base (one that extends no
    /// other, in its namespace) and whether another spec derives from it.
    /// </summary>
    public static DescribedOptions? Describe(SpecModel? spec, EquatableArray<OptionsShape> shapes)
    {
        if (spec?.Auth is null)
        {
            return null;
        }

        var name = AuthNames.Options(spec);
        var extends = AuthNames.Surface(spec).Extends;
        var baseShape = extends is null ? null : shapes.FirstOrDefault(s => s.Namespace == spec.Namespace && s.Name == extends.Name && s.Extends is null);
        var extended = shapes.Any(s => s.Namespace == spec.Namespace && s.Extends == name);
        return new DescribedOptions(spec, baseShape, extended, extends is not null && baseShape is null ? extends.Missing : null);
    }

    public static string Emit(DescribedOptions described, CancellationToken cancellationToken)
    {
        var spec = described.Spec;
        var auth = spec.Auth!;
        var baseShape = described.Base;
        var inherited = new HashSet<string>((baseShape?.Options ?? EquatableArray<OptionShape>.Empty).Select(o => o.Name));
        var name = AuthNames.Options(spec);
        var w = new SourceWriter().FileHeader();
        w.Line("namespace " + spec.Namespace + ";");
        w.Line();
        w.Summary("How to reach " + auth.Vendor + " and whom to log in as.", "Generated from the spec's auth description (info.x-authclients.auth).");
        w.Line(EmitConstants.GeneratedCode);
        var baseClass = baseShape is null ? AuthNames.Core + "AuthClientOptions" : baseShape.Name;
        w.Open("public " + (described.IsExtended ? string.Empty : "sealed ") + "partial class " + name + " : " + baseClass);
        var first = true;
        var server = auth.Server;
        foreach (var variable in server?.Variables ?? EquatableArray<ServerVariableModel>.Empty)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (inherited.Contains(variable.OptionName))
            {
                continue;
            }

            Separate(w, ref first);
            var remarks = "Fills {" + variable.Variable + "} of " + server!.Template + " when BaseAddress is not set"
                + (variable.DefaultValue is not null ? "; the spec's default is " + variable.DefaultValue + "."
                    : variable.Example is { Length: > 0 } example ? " (e.g. " + example + ")." : ".")
                + (variable.Enum.Count > 0 ? " One of " + string.Join(", ", variable.Enum) + "." : string.Empty);
            w.Summary(DocComment.FirstWithText(variable.Description, "The {" + variable.Variable + "} of the server address."), remarks);
            w.Line(variable.DefaultValue is null
                ? "public string? " + variable.OptionName + " { get; set; }"
                : "public string " + variable.OptionName + " { get; set; } = " + Identifiers.Literal(variable.DefaultValue) + ";");
        }

        foreach (var credential in auth.Credentials)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (inherited.Contains(credential.OptionName))
            {
                continue;
            }

            Separate(w, ref first);
            var summary = DocComment.FirstWithText(credential.Description, "The " + credential.OptionName + " the login sends.");
            var remarks = credential.IsSecret ? "A secret: never logged, never shown by ToString()." : null;
            if (credential.DefaultLiteral is not null)
            {
                remarks = (remarks is null ? string.Empty : remarks + "\n") + "The spec's default is " + credential.DefaultLiteral + ".";
            }

            w.Summary(summary, remarks);
            w.Line(credential.DefaultLiteral is null
                ? "public " + OptionType(credential) + "? " + credential.OptionName + " { get; set; }"
                : "public " + OptionType(credential) + " " + credential.OptionName + " { get; set; } = " + credential.DefaultLiteral + ";");
        }

        // A derived class whose base builds the address the same way keeps the base's.
        if (server is not null && (baseShape is null || baseShape.ServerKey != ServerKey(auth)))
        {
            Separate(w, ref first);
            EmitAddress(w, server);
        }

        Separate(w, ref first);
        w.Line("/// <inheritdoc />");
        var shown = (baseShape?.Options ?? EquatableArray<OptionShape>.Empty).Concat(Shape(spec, auth).Options.Where(o => !inherited.Contains(o.Name)));
        var parts = shown.Select(o => o.IsSecret
                ? Identifiers.Literal(o.Name + " = ") + " + (" + o.Name + " is null ? \"null\" : \"***\")"
                : Identifiers.Literal(o.Name + " = ") + " + " + o.Name).Prepend("\"BaseAddress = \" + BaseAddress");
        w.Line("public override string ToString() => " + Identifiers.Literal(name + " { ") + " + " + string.Join(" + \", \" + ", parts) + " + \" }\";");
        w.Close();
        return w.ToString();
    }

    /// <summary>The option's type: Basic parts are strings, the rest the type of what they fill.</summary>
    public static string OptionType(CredentialModel credential) => credential.TypeName;

    private static void Separate(SourceWriter w, ref bool first)
    {
        if (!first)
        {
            w.Line();
        }

        first = false;
    }

    /// <summary>How the address is built: equal keys, equal addresses.</summary>
    private static string ServerKey(AuthModel auth) => auth.Server is not { } server ? string.Empty
        : server.Template + "|" + string.Join(",", server.Variables.Select(v => v.OptionName + "=" + v.Variable + (v.InHost ? "@host" : string.Empty)));

    private static void EmitAddress(SourceWriter w, ServerAddressModel server)
    {
        var names = string.Join(" and ", server.Variables.Select(v => v.OptionName));
        w.Line("/// <summary>The address requests go to: <see cref=\"global::AuthClients.Core.AuthClientOptions.BaseAddress\"/> when set, else " + DocComment.Inline(server.Template).Replace("<", "&lt;").Replace(">", "&gt;") + " with " + names + "; null when neither gives one.</summary>");
        w.Open("public override global::System.Uri? ResolveBaseAddress()");
        w.Open("if (BaseAddress is not null)");
        w.Line("return BaseAddress;");
        w.Close();
        w.Line();
        foreach (var variable in server.Variables)
        {
            // An empty value, or one that would move the host, gives no address: validation says why.
            var check = "string.IsNullOrWhiteSpace(" + variable.OptionName + ")" + (variable.InHost ? " || global::System.Uri.CheckHostName(" + variable.OptionName + ") != global::System.UriHostNameType.Dns" : string.Empty);
            w.Open("if (" + check + ")");
            w.Line("return null;");
            w.Close();
            w.Line();
        }

        w.Line("return global::System.Uri.TryCreate(" + AddressExpression(server) + ", global::System.UriKind.Absolute, out var address) ? address : null;");
        w.Close();
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("protected override string BaseAddressHint => " + Identifiers.Literal(names + " (" + server.Template + ") or BaseAddress") + ";");
    }

    /// <summary>The template as a C# concatenation: host parts as they are (validated), path parts escaped, a trailing slash so relative paths append.</summary>
    private static string AddressExpression(ServerAddressModel server)
    {
        var template = server.Template.EndsWith("/", System.StringComparison.Ordinal) ? server.Template : server.Template + "/";
        var parts = new List<string>();
        var rest = template;
        while (rest.Length > 0)
        {
            var next = server.Variables
                .Select(v => (Variable: v, At: rest.IndexOf("{" + v.Variable + "}", System.StringComparison.Ordinal)))
                .Where(p => p.At >= 0).OrderBy(p => p.At).FirstOrDefault();
            if (next.Variable is null)
            {
                parts.Add(Identifiers.Literal(rest));
                break;
            }

            if (next.At > 0)
            {
                parts.Add(Identifiers.Literal(rest.Substring(0, next.At)));
            }

            parts.Add(next.Variable.InHost ? next.Variable.OptionName : "global::System.Uri.EscapeDataString(" + next.Variable.OptionName + ")");
            rest = rest.Substring(next.At + next.Variable.Variable.Length + 2);
        }

        return string.Join(" + ", parts);
    }
}
