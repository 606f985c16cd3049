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

    /// <summary>The vendor's public names; without a description's <c>name</c>/<c>package</c>, the client's.</summary>
    public static AuthSurfaceModel Surface(SpecModel spec) =>
        spec.Auth?.Surface ?? new AuthSurfaceModel(spec.ClientName, spec.ClientName, string.Empty, null);

    public static string Options(SpecModel spec) => Surface(spec).Options;

    /// <summary>The definition's name (HTTP client names, session keys): the description's <c>session</c>, else the namespace.</summary>
    public static string Session(SpecModel spec) => Surface(spec).Session is { Length: > 0 } session ? session : spec.Namespace;

    public static string Endpoint(SpecModel spec) => spec.ClientName + "TokenEndpoint";

    public static string ErrorReader(SpecModel spec) => spec.ClientName + "ErrorReader";

    public static string Definition(SpecModel spec) => spec.ClientName + "Definition";

    public static string Registrations(SpecModel spec) => Surface(spec).Package + "ServiceCollectionExtensions";

    public static string HealthChecks(SpecModel spec) => Surface(spec).Package + "HealthChecksBuilderExtensions";

    public static string Standalone(SpecModel spec) => Surface(spec).Package + "Client";

    /// <summary>The types above, which no DTO may be named like.</summary>
    public static string[] All(string clientName) =>
    [
        clientName + "ClientOptions", clientName + "TokenEndpoint", clientName + "ErrorReader", clientName + "Definition",
        clientName + "ServiceCollectionExtensions", clientName + "HealthChecksBuilderExtensions", clientName + "Client",
        "I" + clientName + "AuthApi", clientName + "AuthApiImplementation", clientName + "AuthApiRegistration",
    ];
}
