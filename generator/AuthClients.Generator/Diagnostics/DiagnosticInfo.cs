using AuthClients.Generator.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AuthClients.Generator.Diagnostics;

/// <summary>
/// A diagnostic as plain data (descriptor id, file, span, arguments), so it can travel
/// through the incremental pipeline and compare by value; turned into a
/// <see cref="Diagnostic"/> only at the reporting step.
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    string FilePath,
    TextSpan Span,
    LinePositionSpan LineSpan,
    EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.ById(Id);
        var location = Location.Create(FilePath, Span, LineSpan);
        return Diagnostic.Create(descriptor, location, [.. Arguments]);
    }
}
