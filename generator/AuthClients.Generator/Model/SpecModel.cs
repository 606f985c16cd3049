using AuthClients.Generator.Helpers;

namespace AuthClients.Generator.Model;

/// <summary>
/// Everything the emitters need from one spec file, and nothing else: no AdditionalText,
/// SourceText, OpenAPI document or Roslyn symbol survives the parse step, so the
/// incremental pipeline can compare models by value and skip unchanged specs.
/// </summary>
internal sealed record SpecModel(
    string HintName,
    string Namespace,
    string ClientName,
    string Title,
    string? Description,
    string? DefaultServerUrl,
    EquatableArray<OperationModel> Operations,
    EquatableArray<DtoModel> Dtos)
{
    public string InterfaceName => "I" + ClientName + "Api";

    public string ImplementationName => ClientName + "ApiImplementation";

    public string ContextName => ClientName + "JsonContext";

    /// <summary>The types a client declares besides its DTOs, which no DTO may be named like.</summary>
    public static string[] ClientTypeNames(string clientName) =>
        ["I" + clientName + "Api", clientName + "ApiImplementation", clientName + "JsonContext"];
}
