using System.Threading;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// Emits the internal <c>&lt;Client&gt;ErrorReader</c> from the description's <c>errors</c>:
/// the error body through the generated JSON metadata, its message and code where it says.
/// A body of another shape reads as no vendor error (Core then reports what arrived). With
/// <c>errors.refine</c> the class is partial and what it read goes through the named
/// hand-written method, for a quirk the description cannot carry.
/// </summary>
internal static class ErrorReaderEmitter
{
    public static string Emit(SpecModel spec, AuthModel auth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var w = new SourceWriter().FileHeader();
        w.Line("namespace " + spec.Namespace + ";");
        w.Line();
        w.Line("/// <summary>Reads the vendor's error body, as its spec's auth description says.</summary>");
        w.Line(EmitConstants.GeneratedCode);
        var refine = auth.Errors?.Refine;
        w.Open("internal static " + (refine is null ? string.Empty : "partial ") + "class " + AuthNames.ErrorReader(spec));
        w.Open("public static " + AuthNames.Core + "VendorError? Read(global::System.Net.HttpStatusCode status, string body)");
        if (auth.Errors is not { } errors)
        {
            w.Line("// The spec describes no error body: Core reports the status and what arrived.");
            w.Line("return null;");
        }
        else
        {
            var info = "(global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<" + errors.DtoFullName + ">)" + spec.ContextName + ".Default.GetTypeInfo(typeof(" + errors.DtoFullName + "))!";
            w.Line("var error = global::System.Text.Json.JsonSerializer.Deserialize(body, " + info + ");");
            var read = "new " + AuthNames.Core + "VendorError(code, message)";
            if (errors.Details is { } details)
            {
                // The details say what went wrong where the message is often the status's name: they are the message when present.
                w.Line("var details = " + AccessPathCode.Read("error", details) + " is { Count: > 0 } listed ? listed : null;");
                w.Line("var message = details is null ? " + AccessPathCode.ReadAsText("error", errors.Message) + " : string.Join(\"; \", details);");
                read = "new " + AuthNames.Core + "VendorError(code, message, details)";
            }
            else
            {
                w.Line("var message = " + AccessPathCode.ReadAsText("error", errors.Message) + ";");
            }

            w.Line("var code = " + (errors.Code is null ? "(string?)null" : AccessPathCode.ReadAsText("error", errors.Code)) + ";");
            w.Line("return message is null && code is null ? null : " + (refine is null ? read : refine + "(" + read + ")") + ";");
        }

        w.Close();
        if (refine is not null)
        {
            // Declared without a body: the vendor package must write it, or the build fails (CS8795).
            w.Line();
            w.Line("/// <summary>The vendor's quirk in its error body, written by hand beside the spec: reshapes the error as read.</summary>");
            w.Line("private static partial " + AuthNames.Core + "VendorError " + refine + "(" + AuthNames.Core + "VendorError read);");
        }

        if (auth.Errors is { } described && (described.Message.ValueKind != TypeKind.String || described.Code is { ValueKind: not TypeKind.String }))
        {
            w.Line();
            w.Line(AccessPathCode.TextHelper);
        }

        w.Close();
        return w.ToString();
    }
}
