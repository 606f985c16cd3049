using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// The names of the types a described auth adds to a client, spelled once. The public ones
/// follow the hand-written vendors' (<c>FuseClientOptions</c>, <c>AddFuseClient</c>), so a
/// vendor moved onto its spec keeps its users' code.
/// </summary>
internal static class AuthNames
{
    public const string Core = "global::AuthClients.Core.";

    public static string Options(SpecModel spec) => spec.ClientName + "ClientOptions";

    public static string Endpoint(SpecModel spec) => spec.ClientName + "TokenEndpoint";

    public static string ErrorReader(SpecModel spec) => spec.ClientName + "ErrorReader";

    public static string Definition(SpecModel spec) => spec.ClientName + "Definition";

    public static string Registrations(SpecModel spec) => spec.ClientName + "ServiceCollectionExtensions";

    public static string HealthChecks(SpecModel spec) => spec.ClientName + "HealthChecksBuilderExtensions";

    public static string Standalone(SpecModel spec) => spec.ClientName + "Client";

    /// <summary>The types above, which no DTO may be named like.</summary>
    public static string[] All(string clientName) =>
    [
        clientName + "ClientOptions", clientName + "TokenEndpoint", clientName + "ErrorReader", clientName + "Definition",
        clientName + "ServiceCollectionExtensions", clientName + "HealthChecksBuilderExtensions", clientName + "Client",
    ];
}
