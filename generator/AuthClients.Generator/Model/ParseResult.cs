using AuthClients.Generator.Diagnostics;
using AuthClients.Generator.Helpers;

namespace AuthClients.Generator.Model;

/// <summary>
/// The output of the parse step: the model (null when the spec is unusable) and the
/// diagnostics found on the way. Reporting and emitting both start from this one value.
/// <see cref="WithoutCore"/> is reported only if the project turns out not to reference
/// AuthClients.Core while the spec describes its auth (located at the description).
/// </summary>
internal sealed record ParseResult(SpecModel? Model, EquatableArray<DiagnosticInfo> Diagnostics, DiagnosticInfo? WithoutCore = null);
