using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using AuthClients.Generator.Diagnostics;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;
using Microsoft.OpenApi;
using ParameterLocation = AuthClients.Generator.Model.ParameterLocation;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// The OAuth 2.0 password flow (RFC 6749 §4.3) as OpenAPI says it: an <c>oauth2</c> security
/// scheme with <c>flows.password</c> is read into the description's keys (login, credentials,
/// constants, token, lifetime, refresh, errors) wherever the description does not set them,
/// and the rest of the parser checks them as if written. Also the two general keys the flow
/// needs and any vendor may use: <c>constants</c> (fixed values a request sends) and the
/// refusal codes (<c>errors.refusedLogin</c>, <c>errors.refusedRefresh</c>).
/// </summary>
internal sealed partial class AuthDescriptionParser
{
    // The RFC 6749 §4.3 and §2.3.1 form fields the login fills from options, with the option each becomes.
    private static readonly (string Field, string Option)[] OAuthCredentials =
        [("username", "Username"), ("password", "Password"), ("client_id", "ClientId"), ("client_secret", "ClientSecret"), ("scope", "Scope")];

    // RFC 6749 §5.2: the codes that say the credentials (of the user or the client) were refused, and the refresh token's.
    private static readonly string[] OAuthRefusedLogin = ["invalid_grant", "invalid_client", "unauthorized_client"];
    private static readonly string[] OAuthRefusedRefresh = ["invalid_grant"];

    // Keys filled from the oauth2 flow, and where in the spec each came from (their diagnostics point there).
    private readonly Dictionary<string, string> _derived = new(StringComparer.Ordinal);

    /// <summary>
    /// The description with what an oauth2 password flow says filled in where it is silent;
    /// the description as written when it names its own <c>login</c> or the spec has no such
    /// flow; null (reported) when the flow leads nowhere.
    /// </summary>
    private JsonObject? WithOAuth2(JsonObject auth)
    {
        if (auth.ContainsKey("login"))
        {
            return auth;
        }

        var flows = PasswordFlows();
        if (flows.Count == 0)
        {
            return auth;
        }

        if (flows.Count > 1)
        {
            Fail(DiagnosticDescriptors.AuthPlacementUndefined.Id, "#/components/securitySchemes", "more than one oauth2 scheme has a password flow (" + string.Join(", ", flows.Select(f => f.Id)) + "); name the login with 'login'");
            return null;
        }

        var (_, flow, flowPointer) = flows[0];
        var tokenPointer = JsonPointer.Append(flowPointer, "tokenUrl");
        var login = TokenOperation(flow.TokenUrl, tokenPointer, "tokenUrl");
        var refreshPointer = flow.RefreshUrl is null ? tokenPointer : JsonPointer.Append(flowPointer, "refreshUrl");
        var refreshOperation = flow.RefreshUrl is null ? login : TokenOperation(flow.RefreshUrl, refreshPointer, "refreshUrl");
        if (login is null || refreshOperation is null)
        {
            return null;
        }

        var form = FormFields(login);
        foreach (var field in (string[])["grant_type", "username", "password"])
        {
            if (!form.Contains(field))
            {
                Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, tokenPointer, field, "request body", login.Operation.OperationId!, "the password grant (RFC 6749 §4.3) sends grant_type, username and password as a form" + (form.Count == 0 ? string.Empty : "; its fields are " + string.Join(", ", form)));
            }
        }

        if (_failed)
        {
            return null;
        }

        var result = (JsonObject)auth.DeepClone();
        Derive(result, "login", login.Operation.OperationId!, tokenPointer);

        // The RFC's fields the form has become options named after them; an option the description
        // sends to the same field takes its place (to rename it), and its other options are added.
        var written = auth["credentials"] as JsonObject;
        var taken = new HashSet<string>((written ?? []).Select(p => JsonValues.AsString(p.Value) ?? string.Empty), StringComparer.Ordinal);
        var credentials = new JsonObject();
        foreach (var (field, option) in OAuthCredentials.Where(c => form.Contains(c.Field) && !taken.Contains("body." + c.Field)))
        {
            credentials[option] = "body." + field;
        }

        foreach (var entry in written ?? [])
        {
            credentials[entry.Key] = entry.Value?.DeepClone();
        }

        result["credentials"] = credentials;
        if (written is null)
        {
            _derived["credentials"] = tokenPointer;
        }

        var constants = auth["constants"] as JsonObject is { } fixedValues ? (JsonObject)fixedValues.DeepClone() : new JsonObject();
        if (!constants.ContainsKey("body.grant_type"))
        {
            constants["body.grant_type"] = "password";
        }

        result["constants"] = constants;
        if (!auth.ContainsKey("constants"))
        {
            _derived["constants"] = tokenPointer;
        }

        Derive(result, "token", "access_token", tokenPointer);
        if (AnswerField(login, "expires_in"))
        {
            Derive(result, "lifetime", new JsonObject { ["expiresIn"] = "expires_in" }, tokenPointer);
        }

        var refreshForm = FormFields(refreshOperation);
        if (!result.ContainsKey("refresh"))
        {
            if (AnswerField(login, "refresh_token") && refreshForm.Contains("refresh_token") && refreshForm.Contains("grant_type"))
            {
                // RFC 6749 §6: grant_type=refresh_token and the refresh token, with the client's credentials when the form has them.
                var clientCredentials = new JsonObject();
                foreach (var entry in credentials)
                {
                    if (JsonValues.AsString(entry.Value) is { } target && target is "body.client_id" or "body.client_secret" && refreshForm.Contains(target.Substring(5)))
                    {
                        clientCredentials[entry.Key] = target;
                    }
                }

                Derive(
                    result,
                    "refresh",
                    new JsonObject
                    {
                        ["operation"] = refreshOperation.Operation.OperationId!,
                        ["token"] = "refresh_token",
                        ["sends"] = "body.refresh_token",
                        ["constants"] = new JsonObject { ["body.grant_type"] = "refresh_token" },
                        ["credentials"] = clientCredentials,
                    },
                    refreshPointer);
            }
            else if (flow.RefreshUrl is not null)
            {
                Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, refreshPointer, "refresh_token", "token answer and the refresh form", refreshOperation.Operation.OperationId!, "a refresh (RFC 6749 §6) needs refresh_token in the login answer and grant_type and refresh_token fields in the refresh request");
                return null;
            }
        }

        if (!result.ContainsKey("errors") && OAuthErrorSchema(login) is { } error)
        {
            var errors = new JsonObject
            {
                ["schema"] = error.Name,
                ["message"] = error.HasDescription ? "error_description" : "error",
                ["code"] = "error",
                ["refusedLogin"] = new JsonArray(OAuthRefusedLogin.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
            };
            if (result.ContainsKey("refresh"))
            {
                errors["refusedRefresh"] = new JsonArray(OAuthRefusedRefresh.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray());
            }

            Derive(result, "errors", errors, tokenPointer);
        }

        return result;
    }

    /// <summary>
    /// The password grant needs the user's name and password (RFC 6749 §4.3: REQUIRED) even
    /// where the token form, shared with the refresh, does not require them.
    /// </summary>
    private List<CredentialModel> PasswordGrantNeeds(List<CredentialModel> credentials, JsonObject auth)
    {
        if (!_derived.ContainsKey("login") || auth["credentials"] is not JsonObject map)
        {
            return credentials;
        }

        return credentials.Select(c => JsonValues.AsString(map[c.OptionName]) is "body.username" or "body.password" ? c with { Required = true } : c).ToList();
    }

    private void Derive(JsonObject auth, string key, JsonNode value, string from)
    {
        if (!auth.ContainsKey(key))
        {
            auth[key] = value;
            _derived[key] = from;
        }
    }

    /// <summary>A diagnostic about a key the oauth2 flow filled in points at the flow, not at a key the spec lacks.</summary>
    private string Relocate(string pointer)
    {
        foreach (var derived in _derived)
        {
            var key = Sub(derived.Key);
            if (pointer == key || pointer.StartsWith(key + "/", StringComparison.Ordinal))
            {
                return derived.Value;
            }
        }

        return pointer;
    }

    /// <summary>The oauth2 schemes with a password flow that a security requirement names.</summary>
    private List<(string Id, OpenApiOAuthFlow Flow, string Pointer)> PasswordFlows()
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var requirement in (_document.Security ?? []).Concat((_document.Paths ?? []).SelectMany(p => (IEnumerable<OpenApiOperation?>?)p.Value?.Operations?.Values ?? []).SelectMany(o => o?.Security ?? [])))
        {
            foreach (var key in requirement.Keys)
            {
                if (key.Reference?.Id is { } id)
                {
                    named.Add(id);
                }
            }
        }

        var flows = new List<(string, OpenApiOAuthFlow, string)>();
        foreach (var scheme in _document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>())
        {
            if (named.Contains(scheme.Key) && scheme.Value?.Type == SecuritySchemeType.OAuth2 && scheme.Value.Flows?.Password is { } password)
            {
                flows.Add((scheme.Key, password, JsonPointer.Append(JsonPointer.Append(JsonPointer.Append("#/components/securitySchemes", scheme.Key), "flows"), "password")));
            }
        }

        return flows;
    }

    /// <summary>
    /// The POST operation at a flow's URL. Paths are relative to the server, so the URL's path
    /// is matched as it is and without the path of any of the spec's servers.
    /// </summary>
    private NamedOperation? TokenOperation(Uri? url, string pointer, string what)
    {
        if (url is null)
        {
            return Invalid(pointer, "the oauth2 password flow has no " + what) as NamedOperation;
        }

        var path = url.IsAbsoluteUri ? url.AbsolutePath : url.OriginalString;
        var cut = path.IndexOfAny(['?', '#']);
        path = Normalize(Uri.UnescapeDataString(cut < 0 ? path : path.Substring(0, cut)));
        var candidates = new List<string> { path };
        foreach (var server in _document.Servers ?? [])
        {
            var basePath = Normalize(ServerPath(server.Url ?? string.Empty));
            if (basePath.Length > 1 && path.StartsWith(basePath + "/", StringComparison.Ordinal))
            {
                candidates.Add(path.Substring(basePath.Length));
            }
        }

        foreach (var entry in _document.Paths ?? [])
        {
            if (!candidates.Contains(Normalize(entry.Key)) || entry.Value?.Operations is not { } operations
                || !operations.TryGetValue(System.Net.Http.HttpMethod.Post, out var operation) || operation is null)
            {
                continue;
            }

            if (string.IsNullOrEmpty(operation.OperationId))
            {
                return Fail(DiagnosticDescriptors.AuthOperationMissing.Id, pointer, what + " " + url.OriginalString, "is POST " + entry.Key + ", an operation without an operationId (give it one)", "-") as NamedOperation;
            }

            var model = _operations.FirstOrDefault(o => o.Path == entry.Key && o.HttpMethod == "post");
            if (model is null)
            {
                return Fail(DiagnosticDescriptors.AuthOperationMissing.Id, pointer, operation.OperationId!, "is not generated (see its warning)", "-") as NamedOperation;
            }

            return new NamedOperation(operation, model, JsonPointer.Append(JsonPointer.Append("#/paths", entry.Key), "post"));
        }

        var posts = (_document.Paths ?? []).Where(p => p.Value?.Operations?.ContainsKey(System.Net.Http.HttpMethod.Post) == true).Select(p => p.Value!.Operations![System.Net.Http.HttpMethod.Post].OperationId ?? "POST " + p.Key);
        return Fail(DiagnosticDescriptors.AuthOperationMissing.Id, pointer, what + " " + url.OriginalString, "is the path of no POST operation of this spec, relative to its server; the POST operations are", string.Join(", ", posts)) as NamedOperation;
    }

    private static string Normalize(string path)
    {
        var trimmed = path.Trim().TrimEnd('/');
        return trimmed.StartsWith("/", StringComparison.Ordinal) ? trimmed : "/" + trimmed;
    }

    // The path of a server URL (its variables left as they are): https://{host}/api -> /api.
    private static string ServerPath(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return url;
        }

        var slash = url.IndexOf('/', scheme + 3);
        return slash < 0 ? string.Empty : url.Substring(slash);
    }

    /// <summary>The wire names of an operation's object body (the token form's fields).</summary>
    private HashSet<string> FormFields(NamedOperation operation) =>
        operation.Model.Body is { Type.Kind: TypeKind.Dto } body && _schemas.TryGetDto(body.Type, out var dto)
            ? new HashSet<string>(dto.Properties.Select(p => p.WireName), StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    private bool AnswerField(NamedOperation operation, string field) =>
        operation.Model.Response is { Kind: ResponseKind.Json, Type: { Kind: TypeKind.Dto } type } && _schemas.TryGetDto(type, out var dto)
        && dto.Properties.Any(p => p.WireName == field);

    /// <summary>
    /// The RFC 6749 §5.2 error body of the token operation: the components schema its 400 (else
    /// another 4xx) answer refers to, when that has a string <c>error</c>.
    /// </summary>
    private static (string Name, bool HasDescription)? OAuthErrorSchema(NamedOperation operation)
    {
        var responses = (operation.Operation.Responses ?? []).Where(r => r.Key.StartsWith("4", StringComparison.Ordinal)).OrderBy(r => r.Key == "400" ? 0 : 1);
        foreach (var response in responses)
        {
            foreach (var content in response.Value?.Content?.Values ?? [])
            {
                if (content?.Schema is OpenApiSchemaReference reference && reference.Reference?.Id is { } name
                    && reference.Properties is { } properties && properties.TryGetValue("error", out var error) && error?.Type == JsonSchemaType.String)
                {
                    return (name, properties.ContainsKey("error_description"));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// <c>constants</c>: where a fixed value goes (<c>body.&lt;field&gt;</c>, <c>query.&lt;name&gt;</c>,
    /// <c>header.&lt;name&gt;</c>) and the value, checked against the field's type and listed values.
    /// </summary>
    private List<ConstantModel> Constants(JsonNode? node, NamedOperation operation, string pointer)
    {
        var result = new List<ConstantModel>();
        if (node is null)
        {
            return result;
        }

        if (node is not JsonObject map)
        {
            Invalid(pointer, "'constants' must map where a fixed value goes (body.<field>, query.<name>, header.<name>) to the value");
            return result;
        }

        var owner = operation.Operation.OperationId ?? operation.Model.MethodName;
        foreach (var entry in map)
        {
            var at = JsonPointer.Append(pointer, entry.Key);
            var dot = entry.Key.IndexOf('.');
            if (dot <= 0 || dot == entry.Key.Length - 1 || entry.Value is not JsonValue value)
            {
                Invalid(at, "'" + entry.Key + "' must be <place>.<name> (body.grant_type, query.version, header.X-Client) mapped to a string, number or boolean");
                continue;
            }

            var place = entry.Key.Substring(0, dot);
            var name = entry.Key.Substring(dot + 1);
            TypeModel type;
            string member;
            CredentialTarget target;
            EquatableArray<string> known = default;
            if (place == "body")
            {
                if (operation.Model.Body is not { Type.Kind: TypeKind.Dto } body || !_schemas.TryGetDto(body.Type, out var dto)
                    || dto.Properties.FirstOrDefault(p => p.WireName == name) is not { } property)
                {
                    Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, at, entry.Key, "request body", owner, "its fields are " + string.Join(", ", FormFields(operation)));
                    continue;
                }

                (type, member, target, known) = (property.Type, property.Name, CredentialTarget.Body, property.KnownValues);
            }
            else if (place is "query" or "header")
            {
                var location = place == "query" ? ParameterLocation.Query : ParameterLocation.Header;
                if (operation.Model.Parameters.FirstOrDefault(p => p.WireName == name && p.Location == location) is not { } parameter)
                {
                    Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, at, entry.Key, place + " parameters", owner, "it has " + string.Join(", ", operation.Model.Parameters.Where(p => p.Location == location).Select(p => p.WireName).DefaultIfEmpty("none")));
                    continue;
                }

                (type, member, target) = (parameter.Type, parameter.Name, location == ParameterLocation.Query ? CredentialTarget.Query : CredentialTarget.Header);
            }
            else
            {
                Invalid(at, "'" + place + "' is not a place a fixed value goes (body, query, header)");
                continue;
            }

            var literal = ConstantLiteral(value, type);
            if (literal is null)
            {
                Invalid(at, "'" + value.ToJsonString() + "' is not a value of '" + name + "', which is " + type.Kind);
                continue;
            }

            if (known.Count > 0 && !known.Contains(value.ToString()))
            {
                Invalid(at, "'" + value + "' is not one of the values '" + name + "' lists (" + string.Join(", ", known) + ")");
                continue;
            }

            result.Add(new ConstantModel(target, member, literal));
        }

        return result;
    }

    private static string? ConstantLiteral(JsonValue value, TypeModel type) => (type.Kind, value.GetValueKind()) switch
    {
        (TypeKind.String, System.Text.Json.JsonValueKind.String) => Identifiers.Literal(value.GetValue<string>()),
        (TypeKind.Int32 or TypeKind.Int64, System.Text.Json.JsonValueKind.Number) when long.TryParse(value.ToJsonString(), out _) => value.ToJsonString(),
        (TypeKind.Double, System.Text.Json.JsonValueKind.Number) => value.ToJsonString() + "d",
        (TypeKind.Boolean, System.Text.Json.JsonValueKind.True) => "true",
        (TypeKind.Boolean, System.Text.Json.JsonValueKind.False) => "false",
        _ => null,
    };

    /// <summary>
    /// <c>refresh.credentials</c>: login options the refresh sends too (the OAuth client's id and
    /// secret), each to a field or parameter of the refresh operation of the option's type.
    /// </summary>
    private List<CredentialModel> RefreshCredentials(JsonNode? node, NamedOperation operation, IReadOnlyList<CredentialModel> login, string pointer)
    {
        var result = new List<CredentialModel>();
        if (node is null)
        {
            return result;
        }

        if (node is not JsonObject map)
        {
            Invalid(pointer, "'refresh.credentials' must map login options to where each goes in the refresh request (body.<field>, query.<name>, header.<name>)");
            return result;
        }

        foreach (var entry in map)
        {
            var at = JsonPointer.Append(pointer, entry.Key);
            var option = login.FirstOrDefault(c => c.OptionName == entry.Key);
            var where = JsonValues.AsString(entry.Value);
            var dot = where?.IndexOf('.') ?? -1;
            if (option is null || where is null || dot <= 0)
            {
                Invalid(at, "'" + entry.Key + "' must be a login credential (" + string.Join(", ", login.Select(c => c.OptionName)) + ") mapped to body.<field>, query.<name> or header.<name> of the refresh");
                continue;
            }

            var name = where.Substring(dot + 1);
            var target = where.Substring(0, dot) switch
            {
                "body" => BodyCredential(entry.Key, name, operation, at),
                "query" => ParameterCredential(entry.Key, name, ParameterLocation.Query, CredentialTarget.Query, operation, at),
                "header" => ParameterCredential(entry.Key, name, ParameterLocation.Header, CredentialTarget.Header, operation, at),
                _ => Invalid(at, "a refresh sends a credential in body, query or header, not '" + where + "'") as CredentialModel,
            };
            if (target is null)
            {
                continue;
            }

            if (target.TypeName != option.TypeName)
            {
                Invalid(at, "'" + where + "' is " + target.TypeName + " but the option " + option.OptionName + " is " + option.TypeName);
                continue;
            }

            // The option's own default decides whether it can be null; where it goes, whether that may be.
            result.Add(target with { DefaultLiteral = option.DefaultLiteral, IsSecret = option.IsSecret, Required = option.Required });
        }

        return result;
    }

    /// <summary><c>errors.refusedLogin</c> / <c>errors.refusedRefresh</c>: the error codes that mean refused.</summary>
    private EquatableArray<string> RefusedCodes(JsonObject auth, string key)
    {
        if (auth["errors"] is not JsonObject errors || !errors.TryGetPropertyValue(key, out var node) || node is null)
        {
            return EquatableArray<string>.Empty;
        }

        var pointer = JsonPointer.Append(Sub("errors"), key);
        if (Text(errors, "code") is null)
        {
            return (Invalid(pointer, "'" + key + "' lists error codes, so 'errors' needs 'code' (where the code is in the error body)") as string[] ?? []).ToEquatableArray();
        }

        if (node is not JsonArray list || list.Count == 0 || list.Any(c => JsonValues.AsString(c) is not { Length: > 0 }))
        {
            return (Invalid(pointer, "'" + key + "' is a list of error codes ([invalid_grant, ...])") as string[] ?? []).ToEquatableArray();
        }

        return list.Select(c => JsonValues.AsString(c)!).ToEquatableArray();
    }
}
