using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AuthClients.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable (documented in README.md and
/// AnalyzerReleases.*.md); never reuse a retired id.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "AuthClients.Generator";
    private const string HelpLinkBase = "https://github.com/authclients/authclients#generator-diagnostics";

    public static readonly DiagnosticDescriptor InvalidSyntax = Create(
        "AC0001", "Spec is not valid YAML or JSON",
        "The spec '{0}' cannot be read: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NotOpenApi3 = Create(
        "AC0002", "Spec is not an OpenAPI 3.x or Swagger 2.0 document",
        "The spec '{0}' is not an OpenAPI 3.0, 3.1, 3.2 or Swagger 2.0 document: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidOpenApi = Create(
        "AC0003", "Spec breaks the OpenAPI rules",
        "The spec '{0}' breaks the OpenAPI rules: {1}; the rest of the document is generated", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "AC0004", "Unresolved $ref",
        "The reference '{0}' does not resolve to a schema of this spec; what it describes is generated as JsonElement", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "AC0005", "Unsupported schema construct",
        "{0} is not supported here; '{1}' is generated as {2}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateOperationId = Create(
        "AC0006", "Duplicate operationId",
        "The operationId '{0}' is used more than once; this operation's method is generated as '{1}'", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NameMapped = Create(
        "AC0007", "Name is not a valid C# identifier",
        "The name '{0}' is not a valid C# identifier; it is generated as '{1}'", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor MissingResponseSchema = Create(
        "AC0008", "Success response without schema",
        "The operation '{0}' documents no JSON schema for its success response; it returns the raw HttpResponseMessage", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MissingOperationId = Create(
        "AC0009", "Operation without operationId",
        "The operation {0} {1} has no operationId; its method is named '{2}' after its HTTP method and path", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedContent = Create(
        "AC0010", "Unsupported request body",
        "The operation '{0}' has a request body of type '{1}', which the generator cannot send; it is skipped and the rest of the client is generated", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MissingClientName = Create(
        "AC0011", "Spec does not name its client",
        "The spec '{0}' has no info.x-authclients; the client is named '{1}' in namespace '{2}' after the file", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "AC0012", "The generator failed on this spec",
        "The generator failed while reading '{0}': {1}. Please report this with the spec.", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnmarkedJsonSpec = Create(
        "AC0013", "OpenAPI document recognised by its root key",
        "'{0}' is not marked as a spec but its root has an 'openapi' or 'swagger' key: a client is generated from it; add AuthClientsSpec=\"true\" to its AdditionalFiles item to say so, or AuthClientsSpec=\"false\" to leave it out", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnrecognisedSpec = Create(
        "AC0017", "File looks like an OpenAPI document but is not one the generator recognises",
        "'{0}' names an 'openapi' or 'swagger' key but not at the root of a JSON or YAML document, so no client is generated from it; add AuthClientsSpec=\"true\" to its AdditionalFiles item to read it as a spec (and see what is wrong), or AuthClientsSpec=\"false\" to silence this", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnusedKeyword = Create(
        "AC0014", "Schema keyword not used by the generator",
        "The schema keyword '{0}' is not used by the generator; the generated type does not follow it", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor NoClientFor = Create(
        "AC0015", "Webhooks and components pathItems get no method of their own",
        "The spec '{0}' declares {1} ({2}): {3}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnsupportedMethod = Create(
        "AC0016", "HTTP method a Refit interface cannot declare",
        "The operation '{0}' uses the HTTP method {1}, which a Refit interface cannot declare; it is skipped and the rest of the client is generated", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NameCollision = Create(
        "AC0018", "Name already taken",
        "The name '{0}' would be generated as '{1}', which is already taken in its scope; it is generated as '{2}'", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor AuthInvalid = Create(
        "AC0019", "Auth description is not usable",
        "The auth description (info.x-authclients.auth) is not usable: {0}; no session is generated for this spec", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor AuthOperationMissing = Create(
        "AC0020", "Auth description names an operation the spec does not have",
        "The auth description names the operation '{0}', which {1} (operationIds: {2}); no session is generated for this spec", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor AuthPathNotInSchema = Create(
        "AC0021", "Auth description names a field the schema does not have",
        "'{0}' is not in the {1} of '{2}': {3}; no session is generated for this spec", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor AuthPlacementUndefined = Create(
        "AC0022", "Where the token goes is not described",
        "Where the token goes is not described: {0}; no session is generated for this spec", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor AuthNeedsCore = Create(
        "AC0023", "Auth description without AuthClients.Core",
        "The spec '{0}' describes its auth, but the project does not reference AuthClients.Core: only the API and DTOs are generated; reference the AuthClients.Core package to get the session, options and registrations", DiagnosticSeverity.Warning);

    private static readonly Dictionary<string, DiagnosticDescriptor> All = new[]
    {
        InvalidSyntax, NotOpenApi3, InvalidOpenApi, UnresolvedReference, UnsupportedConstruct,
        DuplicateOperationId, NameMapped, MissingResponseSchema, MissingOperationId,
        UnsupportedContent, MissingClientName, InternalError, UnmarkedJsonSpec, UnusedKeyword, NoClientFor, UnsupportedMethod, UnrecognisedSpec, NameCollision,
        AuthInvalid, AuthOperationMissing, AuthPathNotInSchema, AuthPlacementUndefined, AuthNeedsCore,
    }.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor ById(string id) => All[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "-" + id.ToLowerInvariant());
}
