using AuthClients.Generator.Diagnostics;
using AuthClients.Generator.Helpers;

namespace AuthClients.Generator.Model;

/// <summary>
/// The output of the parse step: the model (null when the spec is unusable) and the
/// diagnostics found on the way. Reporting and emitting both start from this one value.
/// </summary>
internal sealed record ParseResult(SpecModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
