using System.Threading;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// Emits the Refit interface. Its attributes document the HTTP shape as Refit users know it;
/// the requests themselves are built by the emitted implementation, since Refit's own
/// generator never sees this interface.
/// </summary>
internal static class RefitInterfaceEmitter
{
    public static string Emit(SpecModel spec, CancellationToken cancellationToken)
    {
        var w = new SourceWriter().FileHeader();
        w.Line("namespace " + spec.Namespace + ";");
        w.Line();
        w.Summary(DocComment.FirstWithText(spec.Title, spec.ClientName), spec.Description);
        w.Line("/// <remarks>Create it with <c>global::Refit.RestService.ForGenerated&lt;" + spec.InterfaceName + "&gt;</c> and <see cref=\"" + spec.ContextName + ".CreateRefitSettings\"/>, or register it with <c>AddRefitGeneratedClient</c>.</remarks>");
        w.Line(EmitConstants.GeneratedCode);
        w.Open("public partial interface " + spec.InterfaceName);
        var first = true;
        foreach (var operation in OperationSignature.Methods(spec.Operations))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!first)
            {
                w.Line();
            }

            first = false;
            var remarks = operation.Description;
            if (operation.Source is not null)
            {
                remarks = (remarks is null ? string.Empty : remarks + "\n") + "Documented in: " + operation.Source;
            }

            w.Summary(DocComment.FirstWithText(operation.Summary, operation.HttpMethod.ToUpperInvariant() + " " + operation.Path), remarks);
            foreach (var parameter in operation.Parameters)
            {
                var fallback = "The '" + parameter.WireName + "' " + parameter.Location.ToString().ToLowerInvariant() + " parameter.";
                w.DocElement("param", DocComment.FirstWithText(parameter.Description, fallback), inline: true, " name=\"" + parameter.Name.TrimStart('@') + "\"");
            }

            if (operation.Body is { } body)
            {
                w.DocElement("param", OperationSignature.TakesHttpContent(body)
                    ? "The request body, sent as it is with its own headers (Content-Type " + body.MediaType + " unless it sets one)."
                    : "The request body.", inline: true, " name=\"body\"");
            }

            w.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            w.Line(OperationSignature.RefitAttribute(operation));
            if (operation.Body?.Kind == BodyKind.Multipart)
            {
                w.Line("[global::Refit.Multipart]");
            }

            w.Line(OperationSignature.ReturnType(operation.Response) + " " + operation.MethodName + "(" + OperationSignature.Parameters(operation, withAttributes: true) + ");");
        }

        w.Close();
        return w.ToString();
    }
}
