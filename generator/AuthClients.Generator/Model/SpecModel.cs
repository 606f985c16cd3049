using AuthClients.Generator.Helpers;

namespace AuthClients.Generator.Model;

/// <summary>
/// Everything the emitters need from one spec file, and nothing else: no AdditionalText,
/// SourceText, OpenAPI document or Roslyn symbol survives the parse step, so the
/// incremental pipeline can compare models by value and skip unchanged specs.
/// <see cref="Auth"/> is set when the spec describes its auth (info.x-authclients.auth).
/// </summary>
internal sealed record SpecModel(
    string HintName,
    string Namespace,
    string ClientName,
    string Title,
    string? Description,
    string? DefaultServerUrl,
    EquatableArray<OperationModel> Operations,
    EquatableArray<DtoModel> Dtos,
    AuthModel? Auth = null)
{
    public string InterfaceName => InterfaceNameOf(ClientName);

    public string ImplementationName => ImplementationNameOf(ClientName);

    public string ContextName => ContextNameOf(ClientName);

    /// <summary>The file-local helper the records' <c>PrintMembers</c> call (see DtoEmitter).</summary>
    public string PrinterName => PrinterNameOf(ClientName);

    /// <summary>The types a client declares besides its DTOs, which no DTO may be named like.</summary>
    public static string[] ClientTypeNames(string clientName) =>
        [InterfaceNameOf(clientName), ImplementationNameOf(clientName), ContextNameOf(clientName), PrinterNameOf(clientName), .. Emitting.AuthNames.All(clientName)];

    private static string InterfaceNameOf(string clientName) => "I" + clientName + "Api";

    private static string ImplementationNameOf(string clientName) => clientName + "ApiImplementation";

    private static string ContextNameOf(string clientName) => clientName + "JsonContext";

    private static string PrinterNameOf(string clientName) => clientName + "MemberPrinter";
}
