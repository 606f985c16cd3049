using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AuthClients.Generator.Diagnostics;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;
using Microsoft.OpenApi;
using ParameterLocation = AuthClients.Generator.Model.ParameterLocation;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// Reads <c>info.x-authclients.auth</c> and the document's security schemes into an
/// <see cref="AuthModel"/>, checking every operation, field and path it names against the
/// mapped operations and DTOs. Whatever does not hold is a located error and no auth is
/// generated (the API and DTOs still are): a half-described vendor would fail at run time.
/// </summary>
internal sealed partial class AuthDescriptionParser
{
    private const string Pointer = "#/info/x-authclients/auth";

    private readonly OpenApiDocument _document;
    private readonly IReadOnlyList<OperationModel> _operations;
    private readonly SchemaMapper _schemas;
    private readonly YamlLocator _locator;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly string _clientName;
    private bool _failed;

    public AuthDescriptionParser(OpenApiDocument document, string clientName, IReadOnlyList<OperationModel> operations, SchemaMapper schemas, YamlLocator locator, List<DiagnosticInfo> diagnostics)
    {
        _clientName = clientName;
        _document = document;
        _operations = operations;
        _schemas = schemas;
        _locator = locator;
        _diagnostics = diagnostics;
    }

    /// <summary>The model, or null (with the reasons reported) when the spec has no usable description.</summary>
    public AuthModel? Parse()
    {
        if (_document.Info?.Extensions is null || !_document.Info.Extensions.TryGetValue("x-authclients", out var value)
            || JsonValues.Node(value) is not JsonObject settings || !settings.TryGetPropertyValue("auth", out var authNode))
        {
            return null;
        }

        if (authNode is not JsonObject auth)
        {
            Invalid(Pointer, "'auth' must be a mapping (login, credentials, token, ...)");
            return null;
        }

        var loginId = Text(auth, "login");
        if (loginId is null)
        {
            Invalid(Pointer, "'login' (the operationId of the login call) is missing");
            return null;
        }

        var login = Operation(loginId, Sub("login"));
        if (login is null)
        {
            return null;
        }

        var credentials = new List<CredentialModel>();
        var alternatives = auth.ContainsKey("logins") ? Alternatives(auth, login, credentials) : null;
        credentials = auth.ContainsKey("logins") ? credentials : Credentials(auth, login);
        var tokenText = Text(auth, "token");
        AccessPath? token = null;
        if (tokenText is null)
        {
            Invalid(Sub("token"), "'token' (where the token is in the login answer, or \"$\" for the whole body) is missing");
        }
        else
        {
            token = ResponsePath(login.Model, tokenText, Sub("token"), TypeKind.String);
        }

        var placement = Placement(login);
        var lifetime = Lifetime(auth.TryGetPropertyValue("lifetime", out var lifetimeNode) ? lifetimeNode : null, Sub("lifetime"), login);
        var refresh = auth.ContainsKey("refresh") ? Refresh(auth["refresh"], login, tokenText ?? "$") : null;
        var refuse = auth.ContainsKey("refuse") ? Refuse(auth["refuse"], login) : null;
        var errors = auth.ContainsKey("errors") ? Errors(auth["errors"]) : null;
        var surface = Surface(auth, credentials);
        var server = auth.ContainsKey("server") ? Server(auth["server"], credentials) : null;
        var loginRefused = LoginRefused(auth);
        var validate = ValidateHook(auth);
        foreach (var key in auth.Select(p => p.Key).Where(k => !Known.Contains(k)))
        {
            Invalid(JsonPointer.Append(Pointer, key), "'" + key + "' is not a key of the auth description (" + string.Join(", ", Known) + ")");
        }

        if (_failed || token is null || placement is null)
        {
            return null;
        }

        // The token's and refresh token's field names, and a query parameter carrying the token,
        // are masked wherever a body or URL is echoed.
        var secretNames = new SortedSet<string>(StringComparer.Ordinal);
        if (token.Steps.Count > 0)
        {
            secretNames.Add(token.Steps[token.Steps.Count - 1].WireName);
        }

        if (refresh is not null && refresh.RefreshToken.Steps.Count > 0)
        {
            secretNames.Add(refresh.RefreshToken.Steps[refresh.RefreshToken.Steps.Count - 1].WireName);
        }

        secretNames.UnionWith(AnswerSecrets(login.Model));
        if (placement.Kind == PlacementKind.Query && placement.Name is not null)
        {
            secretNames.Add(placement.Name);
        }

        var vendor = Text(auth, "vendor") ?? _clientName;
        return new AuthModel(vendor, login.Model.MethodName, credentials.ToEquatableArray(), token, placement, lifetime, refresh, refuse, errors, secretNames.ToEquatableArray(), surface, server)
        {
            Alternatives = alternatives ?? EquatableArray<LoginAlternativeModel>.Empty,
            LoginRefused = loginRefused,
            Validate = validate,
        };
    }

    private static readonly string[] Known = ["vendor", "login", "credentials", "logins", "token", "lifetime", "refresh", "refuse", "errors", "loginRefused", "validate", "name", "package", "session", "options", "server"];

    private static string Sub(string key) => JsonPointer.Append(Pointer, key);

    /// <summary>An operation named by its operationId, with its mapped method.</summary>
    private sealed class NamedOperation(OpenApiOperation operation, OperationModel model, string pointer)
    {
        public OpenApiOperation Operation { get; } = operation;

        public OperationModel Model { get; } = model;

        public string Pointer { get; } = pointer;
    }

    private NamedOperation? Operation(string operationId, string pointer)
    {
        foreach (var path in _document.Paths ?? [])
        {
            foreach (var entry in path.Value?.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
            {
                if (entry.Value?.OperationId != operationId)
                {
                    continue;
                }

                var method = entry.Key.Method.ToLowerInvariant();
                var model = _operations.FirstOrDefault(o => o.Path == path.Key && o.HttpMethod == method);
                if (model is null)
                {
                    Fail(DiagnosticDescriptors.AuthOperationMissing.Id, pointer, operationId, "is not generated (see its warning)", "-");
                    return null;
                }

                return new NamedOperation(entry.Value, model, JsonPointer.Append(JsonPointer.Append("#/paths", path.Key), method));
            }
        }

        var known = (_document.Paths ?? []).SelectMany(p => (IEnumerable<OpenApiOperation?>?)p.Value?.Operations?.Values ?? []).Select(o => o?.OperationId).Where(id => id is not null);
        Fail(DiagnosticDescriptors.AuthOperationMissing.Id, pointer, operationId, "is not an operationId of this spec", string.Join(", ", known));
        return null;
    }

    private List<CredentialModel> Credentials(JsonObject auth, NamedOperation login)
    {
        var result = new List<CredentialModel>();
        if (!auth.TryGetPropertyValue("credentials", out var node) || node is null)
        {
            return result;
        }

        if (node is not JsonObject map)
        {
            Invalid(Sub("credentials"), "'credentials' must map option names to where each goes (body.<field>, query.<name>, header.<name>, path.<name>, basic.username, basic.password)");
            return result;
        }

        foreach (var entry in map)
        {
            if (Credential(entry.Key, entry.Value, JsonPointer.Append(Sub("credentials"), entry.Key), login) is { } credential)
            {
                result.Add(credential);
            }
        }

        RequiredFilled(result, login, Sub("credentials"), string.Empty);
        return result;
    }

    /// <summary>One option and where it goes (<c>body.&lt;field&gt;</c>, <c>query.&lt;name&gt;</c>, <c>basic.password</c>, <c>bearer</c>...).</summary>
    private CredentialModel? Credential(string option, JsonNode? value, string pointer, NamedOperation login)
    {
        if (!Identifiers.IsValidIdentifier(option) || option is "BaseAddress" or "Timeout" or "RefreshSkew" or "TokenLifetime" or "LoginBackoff" or "MaxLoginBackoff" or "AllowInsecureHttp")
        {
            Invalid(pointer, "'" + option + "' cannot be an option name (a C# identifier not already an option of every client)");
            return null;
        }

        var target = JsonValues.AsString(value);
        if (target == "bearer")
        {
            return BearerCredential(option, login, pointer);
        }

        var dot = target?.IndexOf('.') ?? -1;
        if (target is null || dot <= 0 || dot == target.Length - 1)
        {
            Invalid(pointer, "'" + option + "' must say where it goes as <place>.<name> (body.login_name, query.user, basic.password, ...)");
            return null;
        }

        var place = target.Substring(0, dot);
        var name = target.Substring(dot + 1);
        var credential = place switch
        {
            "body" => BodyCredential(option, name, login, pointer),
            "query" => ParameterCredential(option, name, ParameterLocation.Query, CredentialTarget.Query, login, pointer),
            "header" => ParameterCredential(option, name, ParameterLocation.Header, CredentialTarget.Header, login, pointer),
            "path" => ParameterCredential(option, name, ParameterLocation.Path, CredentialTarget.Path, login, pointer),
            "basic" => BasicCredential(option, name, login, pointer),
            _ => Invalid(pointer, "'" + place + "' is not a place a credential goes (body, query, header, path, basic, or bearer alone)") as CredentialModel,
        };
        return credential;
    }

    /// <summary>
    /// Every required field and parameter of the login call is filled by <paramref name="result"/>, or the
    /// call cannot be made; <paramref name="which"/> names the alternative login in the message.
    /// An alternative that sends no body at all may leave an optional body's required fields out.
    /// </summary>
    private void RequiredFilled(List<CredentialModel> result, NamedOperation login, string pointer, string which)
    {
        foreach (var parameter in login.Model.Parameters.Where(p => p.Required))
        {
            if (!result.Any(c => c.Target is CredentialTarget.Path or CredentialTarget.Query or CredentialTarget.Header && c.Member == parameter.Name))
            {
                Invalid(pointer, "the login operation's required " + parameter.Location.ToString().ToLowerInvariant() + " parameter '" + parameter.WireName + "' is filled by no credential" + which);
            }
        }

        var sendsNoBody = which.Length > 0 && !result.Any(c => c.Target == CredentialTarget.Body);
        if (sendsNoBody && login.Model.Body is { Required: true })
        {
            Invalid(pointer, "the login operation's request body is required, and this login fills none of its fields" + which);
        }
        else if (!sendsNoBody && login.Model.Body is { Type.Kind: TypeKind.Dto } body && _schemas.TryGetDto(body.Type, out var dto))
        {
            foreach (var property in dto.Properties.Where(p => p.Required))
            {
                if (!result.Any(c => c.Target == CredentialTarget.Body && c.Member == property.Name))
                {
                    Invalid(pointer, "the login body's required field '" + property.WireName + "' is filled by no credential" + which);
                }
            }
        }
    }

    private CredentialModel? BodyCredential(string option, string field, NamedOperation login, string pointer)
    {
        if (login.Model.Body is not { Type.Kind: TypeKind.Dto } body || !_schemas.TryGetDto(body.Type, out var dto))
        {
            return Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, pointer, "body." + field, "request body", login.Operation.OperationId ?? login.Model.MethodName, "the login operation has no object body") as CredentialModel;
        }

        var property = dto.Properties.FirstOrDefault(p => p.WireName == field);
        if (property is null)
        {
            return Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, pointer, "body." + field, "request body", login.Operation.OperationId ?? login.Model.MethodName, "its fields are " + string.Join(", ", dto.Properties.Select(p => p.WireName))) as CredentialModel;
        }

        var schema = BodySchema(login.Operation)?.Properties is { } properties && properties.TryGetValue(field, out var s) ? s : null;
        return new CredentialModel(option, CredentialTarget.Body, property.Name, property.Type.FullName, property.IsSecret, property.Required, DefaultLiteral(schema, property.Type), property.Description, property.Nullable, property.Type.IsValueType, schema?.Pattern);
    }

    private CredentialModel? ParameterCredential(string option, string name, ParameterLocation location, CredentialTarget target, NamedOperation login, string pointer)
    {
        var parameter = login.Model.Parameters.FirstOrDefault(p => p.WireName == name && p.Location == location);
        if (parameter is null)
        {
            var listed = string.Join(", ", login.Model.Parameters.Where(p => p.Location == location).Select(p => p.WireName));
            return Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, pointer, name, location.ToString().ToLowerInvariant() + " parameters", login.Operation.OperationId ?? login.Model.MethodName, listed.Length == 0 ? "it has none" : "it has " + listed) as CredentialModel;
        }

        var schema = (login.Operation.Parameters ?? []).FirstOrDefault(p => p?.Name == name)?.Schema;
        var secret = schema?.Format == "password";
        return new CredentialModel(option, target, parameter.Name, parameter.Type.FullName, secret, parameter.Required, DefaultLiteral(schema, parameter.Type), parameter.Description, !parameter.Required, parameter.Type.IsValueType, schema?.Pattern);
    }

    private CredentialModel? BasicCredential(string option, string part, NamedOperation login, string pointer)
    {
        if (part is not ("username" or "password"))
        {
            return Invalid(pointer, "HTTP Basic has a 'username' and a 'password', not '" + part + "'") as CredentialModel;
        }

        if (!SchemesOf(login.Operation.Security).Any(s => s.Type == SecuritySchemeType.Http && string.Equals(s.Scheme, "basic", StringComparison.OrdinalIgnoreCase)))
        {
            return Fail(DiagnosticDescriptors.AuthPlacementUndefined.Id, pointer, "basic." + part + " needs an http basic security scheme on the login operation") as CredentialModel;
        }

        return new CredentialModel(option, part == "username" ? CredentialTarget.BasicUser : CredentialTarget.BasicPassword, string.Empty, "string", part == "password", true, null, null, false, false);
    }

    private static IOpenApiSchema? BodySchema(OpenApiOperation operation) =>
        operation.RequestBody?.Content?.Values.Select(c => c.Schema).FirstOrDefault(s => s is not null);

    /// <summary>A C# literal of the schema's default for a string, integer or boolean credential.</summary>
    private static string? DefaultLiteral(IOpenApiSchema? schema, TypeModel type)
    {
        if (schema?.Default is not JsonValue value)
        {
            return null;
        }

        return (type.Kind, value.GetValueKind()) switch
        {
            (TypeKind.String, JsonValueKind.String) => Identifiers.Literal(value.GetValue<string>()),
            (TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double, JsonValueKind.Number) => value.ToJsonString(),
            (TypeKind.Boolean, JsonValueKind.True) => "true",
            (TypeKind.Boolean, JsonValueKind.False) => "false",
            _ => null,
        };
    }

    /// <summary>
    /// Where the token goes: the one non-Basic scheme the other operations' (or the document's)
    /// security requirements name. Basic is how the login itself is sent.
    /// </summary>
    private TokenPlacementModel? Placement(NamedOperation login)
    {
        var named = new List<(OpenApiSecuritySchemeReference Scheme, string Pointer)>();
        named.AddRange((_document.Security ?? []).SelectMany(r => r.Keys).Select(k => (k, "#/security")));
        foreach (var path in _document.Paths ?? [])
        {
            foreach (var entry in path.Value?.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
            {
                if (entry.Value is { } operation && !ReferenceEquals(operation, login.Operation))
                {
                    var at = JsonPointer.Append(JsonPointer.Append(JsonPointer.Append("#/paths", path.Key), entry.Key.Method.ToLowerInvariant()), "security");
                    named.AddRange((operation.Security ?? []).SelectMany(r => r.Keys).Select(k => (k, at)));
                }
            }
        }

        var undefined = named.Where(n => n.Scheme.Target is null).GroupBy(n => n.Scheme.Reference?.Id).Select(g => g.First()).ToList();
        foreach (var (unknown, at) in undefined)
        {
            Fail(DiagnosticDescriptors.AuthPlacementUndefined.Id, at, "a security requirement names the scheme '" + unknown.Reference?.Id + "', which components/securitySchemes does not define");
        }

        if (undefined.Count > 0)
        {
            return null;
        }

        var schemes = named.Select(n => n.Scheme)
            .Where(k => !(k.Type == SecuritySchemeType.Http && string.Equals(k.Scheme, "basic", StringComparison.OrdinalIgnoreCase)))
            .GroupBy(k => k.Reference?.Id ?? string.Empty).Select(g => g.First()).ToList();
        if (schemes.Count == 0)
        {
            Fail(DiagnosticDescriptors.AuthPlacementUndefined.Id, "#/components", "no operation's security requirement names an apiKey or http bearer scheme, so where the token goes is unknown");
            return null;
        }

        if (schemes.Count > 1)
        {
            Fail(DiagnosticDescriptors.AuthPlacementUndefined.Id, "#/components/securitySchemes", "the operations name more than one token scheme (" + string.Join(", ", schemes.Select(s => s.Reference?.Id)) + "); one session puts one token in one place");
            return null;
        }

        var scheme = schemes[0];
        var id = scheme.Reference?.Id ?? string.Empty;
        var pointer = JsonPointer.Append("#/components/securitySchemes", id);
        switch (scheme.Type)
        {
            case SecuritySchemeType.ApiKey when scheme.In == Microsoft.OpenApi.ParameterLocation.Header && !string.IsNullOrEmpty(scheme.Name):
                return string.Equals(scheme.Name, "Authorization", StringComparison.OrdinalIgnoreCase)
                    ? Fail(DiagnosticDescriptors.AuthPlacementUndefined.Id, pointer, "an apiKey in the Authorization header is written as http bearer") as TokenPlacementModel
                    : new TokenPlacementModel(PlacementKind.Header, scheme.Name, id);
            case SecuritySchemeType.ApiKey when scheme.In == Microsoft.OpenApi.ParameterLocation.Query && !string.IsNullOrEmpty(scheme.Name):
                return new TokenPlacementModel(PlacementKind.Query, scheme.Name, id);
            case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase):
            case SecuritySchemeType.OAuth2:
            case SecuritySchemeType.OpenIdConnect:
                return new TokenPlacementModel(PlacementKind.Bearer, null, id);
            default:
                Fail(DiagnosticDescriptors.AuthPlacementUndefined.Id, pointer, "the scheme '" + id + "' (" + scheme.Type + (scheme.In is { } where ? " in " + where : string.Empty) + ") is not one a token goes in: apiKey in a header or the query, or http bearer");
                return null;
        }
    }

    private static IEnumerable<OpenApiSecuritySchemeReference> SchemesOf(IList<OpenApiSecurityRequirement>? requirements) =>
        (requirements ?? []).SelectMany(r => r.Keys).Where(k => k.Target is not null);

    private LifetimeModel Lifetime(JsonNode? node, string pointer, NamedOperation login)
    {
        if (node is null || JsonValues.AsString(node) == "untilRejected")
        {
            return LifetimeModel.UntilRejected;
        }

        if (node is JsonObject map && map.Count == 1 && map.TryGetPropertyValue("expiresIn", out var expiresIn) && JsonValues.AsString(expiresIn) is { } path)
        {
            var resolved = ResponsePath(login.Model, path, JsonPointer.Append(pointer, "expiresIn"), TypeKind.Int64);
            return resolved is null ? LifetimeModel.UntilRejected : new LifetimeModel(LifetimeKind.ExpiresIn, resolved, EquatableArray<string>.Empty);
        }

        if (node is JsonObject jwt && jwt.Count == 1 && jwt.TryGetPropertyValue("jwt", out var claims) && claims is JsonArray list
            && list.Count > 0 && list.All(c => JsonValues.AsString(c) is { Length: > 0 }))
        {
            return new LifetimeModel(LifetimeKind.Jwt, null, list.Select(c => JsonValues.AsString(c)!).ToEquatableArray());
        }

        if (node is JsonObject relative && relative.Count == 1 && relative.TryGetPropertyValue("jwt", out var mixed) && mixed is JsonArray entries && entries.Count > 0)
        {
            return JwtLifetime(entries, JsonPointer.Append(pointer, "jwt")) ?? LifetimeModel.UntilRejected;
        }

        Invalid(pointer, "'" + pointer.Substring(pointer.LastIndexOf('/') + 1) + "' is untilRejected, { expiresIn: <path in the login answer> } or { jwt: [<claim>, { claim: <claim>, from: <claim> }, ...] }");
        return LifetimeModel.UntilRejected;
    }

    private RefreshModel? Refresh(JsonNode? node, NamedOperation login, string loginTokenPath)
    {
        var pointer = Sub("refresh");
        if (node is not JsonObject map || Text(map, "operation") is not { } operationId || Text(map, "token") is not { } refreshTokenPath)
        {
            return Invalid(pointer, "'refresh' needs 'operation' (an operationId) and 'token' (where the refresh token is in the login answer)") as RefreshModel;
        }

        var onRefused = Text(map, "onRefused") ?? "login";
        if (onRefused != "login")
        {
            Invalid(JsonPointer.Append(pointer, "onRefused"), "a refused refresh can only fall back to 'login'");
        }

        var operation = Operation(operationId, JsonPointer.Append(pointer, "operation"));
        var refreshToken = ResponsePath(login.Model, refreshTokenPath, JsonPointer.Append(pointer, "token"), TypeKind.String);
        var tokenLifetime = map.TryGetPropertyValue("lifetime", out var lifetimeNode) && lifetimeNode is not null
            ? Lifetime(lifetimeNode, JsonPointer.Append(pointer, "lifetime"), login)
            : null;
        if (operation is null || refreshToken is null)
        {
            return null;
        }

        var sends = Text(map, "sends") ?? "bearer";
        RefreshSends kind;
        string? member = null;
        if (sends == "bearer")
        {
            kind = RefreshSends.Bearer;
        }
        else if (sends.StartsWith("body.", StringComparison.Ordinal) && operation.Model.Body is { Type.Kind: TypeKind.Dto } body
            && _schemas.TryGetDto(body.Type, out var dto) && dto.Properties.FirstOrDefault(p => p.WireName == sends.Substring(5)) is { } property)
        {
            kind = RefreshSends.Body;
            member = property.Name;
            foreach (var other in dto.Properties.Where(p => p.Required && p.Name != property.Name))
            {
                Invalid(JsonPointer.Append(pointer, "sends"), "the refresh body's required field '" + other.WireName + "' would be sent empty; only the refresh token fills a refresh body");
            }
        }
        else if ((sends.StartsWith("query.", StringComparison.Ordinal) || sends.StartsWith("header.", StringComparison.Ordinal))
            && operation.Model.Parameters.FirstOrDefault(p => p.WireName == sends.Substring(sends.IndexOf('.') + 1)) is { } parameter)
        {
            kind = parameter.Location == ParameterLocation.Query ? RefreshSends.Query : RefreshSends.Header;
            member = parameter.Name;
        }
        else
        {
            return Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, JsonPointer.Append(pointer, "sends"), sends, "request", operationId, "it is bearer, or body.<field>, query.<name> or header.<name> of the refresh operation") as RefreshModel;
        }

        foreach (var other in operation.Model.Parameters.Where(p => p.Required && p.Name != member))
        {
            Invalid(JsonPointer.Append(pointer, "operation"), "the refresh operation's required parameter '" + other.WireName + "' is filled by nothing; only the refresh token is sent");
        }

        // The refresh answer holds the new token where "answer" says, else where the login answer did.
        var answer = Text(map, "answer");
        var token = ResponsePath(operation.Model, answer ?? loginTokenPath, JsonPointer.Append(pointer, answer is null ? "operation" : "answer"), TypeKind.String);
        if (token is null)
        {
            return null;
        }

        // The refresh answer may carry a new refresh token where the login answer did; when it does not, the one used stays valid.
        var next = HasPath(operation.Model, refreshTokenPath) ? ResponsePath(operation.Model, refreshTokenPath, JsonPointer.Append(pointer, "token"), TypeKind.String) : null;
        return new RefreshModel(operation.Model.MethodName, refreshToken, kind, member, token, next) { TokenLifetime = tokenLifetime };
    }

    private RefusalModel? Refuse(JsonNode? node, NamedOperation login)
    {
        var pointer = Sub("refuse");
        if (node is not JsonObject map || Text(map, "when") is not { } when || !map.TryGetPropertyValue("is", out var literal) || literal is not JsonValue)
        {
            return Invalid(pointer, "'refuse' needs 'when' (a field of the login answer) and 'is' (the value that refuses)") as RefusalModel;
        }

        var kind = Text(map, "as") ?? "PasswordChangeRequired";
        if (kind != "PasswordChangeRequired")
        {
            return Invalid(JsonPointer.Append(pointer, "as"), "'as' names the refusal's exception; the one known is PasswordChangeRequired") as RefusalModel;
        }

        var path = ResponsePath(login.Model, when, JsonPointer.Append(pointer, "when"), null);
        return path is null ? null : new RefusalModel(path, literal.ToJsonString(), kind);
    }

    private ErrorsModel? Errors(JsonNode? node)
    {
        var pointer = Sub("errors");
        if (node is not JsonObject map || Text(map, "schema") is not { } schemaName || Text(map, "message") is not { } message)
        {
            return Invalid(pointer, "'errors' needs 'schema' (a components/schemas name) and 'message' (where the message is in it)") as ErrorsModel;
        }

        if (_document.Components?.Schemas is not { } schemas || !schemas.TryGetValue(schemaName, out var schema))
        {
            return Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, JsonPointer.Append(pointer, "schema"), schemaName, "components/schemas", "the spec", "no schema has that name") as ErrorsModel;
        }

        var type = _schemas.Map(schema, JsonPointer.Append("#/components/schemas", schemaName), schemaName);
        if (type.Kind != TypeKind.Dto)
        {
            return Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, JsonPointer.Append(pointer, "schema"), schemaName, "components/schemas", "the spec", "it is not an object schema") as ErrorsModel;
        }

        var messagePath = Walk(type, message, JsonPointer.Append(pointer, "message"), schemaName, null);
        var codePath = Text(map, "code") is { } code ? Walk(type, code, JsonPointer.Append(pointer, "code"), schemaName, null) : null;
        var refine = Text(map, "refine");
        if (refine is not null && !Identifiers.IsValidIdentifier(refine))
        {
            return Invalid(JsonPointer.Append(pointer, "refine"), "'refine' must be the name of a C# method (the hand-written partial method of the error reader), not '" + refine + "'") as ErrorsModel;
        }

        var details = map.TryGetPropertyValue("details", out var detailsNode) ? ErrorDetails(type, detailsNode, JsonPointer.Append(pointer, "details"), schemaName) : null;
        return messagePath is null ? null : new ErrorsModel(type.FullName, type.FullName.Substring(type.FullName.LastIndexOf('.') + 1), messagePath, codePath, refine) { Details = details };
    }

    private bool HasPath(OperationModel operation, string path)
    {
        var count = _diagnostics.Count;
        var failed = _failed;
        var found = ResponsePath(operation, path, Pointer, TypeKind.String) is not null;
        _diagnostics.RemoveRange(count, _diagnostics.Count - count);
        _failed = failed;
        return found;
    }

    /// <summary>A path in an operation's success answer; "$" is the whole body when it is a JSON string.</summary>
    private AccessPath? ResponsePath(OperationModel operation, string path, string pointer, TypeKind? expected)
    {
        if (path == "$")
        {
            if (operation.Response.Kind is ResponseKind.JsonString or ResponseKind.Text)
            {
                return new AccessPath(path, EquatableArray<AccessStep>.Empty, TypeKind.String);
            }

            return Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, pointer, path, "success response", operation.MethodName, "'$' is the whole body, which must be a JSON string") as AccessPath;
        }

        if (operation.Response is not { Kind: ResponseKind.Json, Type: { Kind: TypeKind.Dto } type })
        {
            return Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, pointer, path, "success response", operation.MethodName, "its success response has no object schema") as AccessPath;
        }

        return Walk(type, path, pointer, operation.MethodName, expected);
    }

    /// <summary>Follows a dotted path of wire names through the DTOs from <paramref name="root"/>.</summary>
    private AccessPath? Walk(TypeModel root, string path, string pointer, string owner, TypeKind? expected)
    {
        var steps = new List<AccessStep>();
        var type = root;
        foreach (var segment in path.Split('.'))
        {
            if (type.Kind != TypeKind.Dto || !_schemas.TryGetDto(type, out var dto))
            {
                return Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, pointer, path, "schema", owner, "'" + segment + "' is below a value that is not an object") as AccessPath;
            }

            var property = dto.Properties.FirstOrDefault(p => p.WireName == segment);
            if (property is null)
            {
                return Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, pointer, path, "schema", owner, dto.Name + " has no field '" + segment + "' (it has " + string.Join(", ", dto.Properties.Select(p => p.WireName)) + ")") as AccessPath;
            }

            steps.Add(new AccessStep(property.Name, property.WireName, property.Nullable || !property.Required || property.Type.IsValueType && !property.Required));
            type = property.Type;
        }

        var fits = expected switch
        {
            null => type.Kind is TypeKind.String or TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double,
            TypeKind.String => type.Kind == TypeKind.String,
            TypeKind.Int64 => type.Kind is TypeKind.Int32 or TypeKind.Int64,
            _ => type.Kind == expected,
        };
        if (!fits)
        {
            var wanted = expected switch { TypeKind.String => "a string", TypeKind.Int64 => "an integer", TypeKind.List => "a list", _ => "a string, number or boolean" };
            return Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, pointer, path, "schema", owner, "it leads to " + type.Kind + ", not " + wanted) as AccessPath;
        }

        return new AccessPath(path, steps.ToEquatableArray(), type.Kind);
    }

    private static string? Text(JsonObject map, string key) =>
        map.TryGetPropertyValue(key, out var node) && JsonValues.AsString(node) is { Length: > 0 } text ? text : null;

    private object? Invalid(string pointer, string reason) => Fail(DiagnosticDescriptors.AuthInvalid.Id, pointer, reason);

    private object? Fail(string id, string pointer, params string[] arguments)
    {
        _failed = true;
        _diagnostics.Add(_locator.Diagnostic(id, pointer, arguments));
        return null;
    }
}
