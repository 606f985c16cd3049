using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AuthClients.Generator.Diagnostics;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;
using Microsoft.OpenApi;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// The public face of a described vendor: its names (<c>name</c>, <c>package</c>, <c>session</c>),
/// an options class derived from another spec's (<c>options.extends</c>), and the server
/// variables that become options building the base address (<c>server</c>).
/// </summary>
internal sealed partial class AuthDescriptionParser
{
    private AuthSurfaceModel Surface(JsonObject auth, List<CredentialModel> credentials)
    {
        // A credential's schema pattern is checked by the options' validation, so it must compile.
        foreach (var credential in credentials.Where(c => c.Pattern is not null && !IsRegex(c.Pattern)))
        {
            Invalid(JsonPointer.Append(Sub("credentials"), credential.OptionName), "the pattern of what '" + credential.OptionName + "' fills, '" + credential.Pattern + "', is not a regular expression");
        }

        var stem = Name(auth, "name") ?? _clientName;
        var package = Name(auth, "package") ?? stem;
        var session = Text(auth, "session");
        OptionsBaseModel? extends = null;
        if (auth.TryGetPropertyValue("options", out var node) && node is not null)
        {
            var pointer = Sub("options");
            if (node is not JsonObject options || options.Any(p => p.Key != "extends") || Text(options, "extends") is not { } name)
            {
                Invalid(pointer, "'options' holds 'extends': the options class of another spec in this project that this one derives from");
            }
            else if (!Identifiers.IsValidIdentifier(name) || name == stem + "ClientOptions")
            {
                Invalid(JsonPointer.Append(pointer, "extends"), "'" + name + "' cannot be the base options class (a C# type name other than this spec's own " + stem + "ClientOptions)");
            }
            else
            {
                var missing = _locator.Diagnostic(DiagnosticDescriptors.AuthInvalid.Id, JsonPointer.Append(pointer, "extends"),
                    "'options.extends' names " + name + ", which no described spec of this project generates in its namespace");
                extends = new OptionsBaseModel(name, missing);
            }
        }

        return new AuthSurfaceModel(stem, package, session ?? string.Empty, extends);
    }

    /// <summary>A name that goes into C# type and method names.</summary>
    private string? Name(JsonObject auth, string key)
    {
        var name = Text(auth, key);
        if (name is not null && !Identifiers.IsValidIdentifier(name))
        {
            Invalid(Sub(key), "'" + key + "' must be a C# identifier (it names the options, the registrations and their classes), not '" + name + "'");
            return null;
        }

        return name;
    }

    /// <summary>
    /// <c>server</c>: option name → a variable of <c>servers[0].url</c>, written as the variable's
    /// name or as <c>{ variable, required, pattern }</c>. The variable's default is the option's
    /// initial value unless <c>required</c> says it is only an example the user must replace.
    /// </summary>
    private ServerAddressModel? Server(JsonNode? node, List<CredentialModel> credentials)
    {
        var pointer = Sub("server");
        var server = _document.Servers?.FirstOrDefault();
        if (node is not JsonObject map || map.Count == 0)
        {
            return Invalid(pointer, "'server' maps option names to variables of servers[0].url (Instance: instance)") as ServerAddressModel;
        }

        if (server?.Url is not { Length: > 0 } template || !Uri.TryCreate(Substitute(template, server), UriKind.Absolute, out var example)
            || example.Scheme is not ("https" or "http"))
        {
            return Invalid(pointer, "'server' needs servers[0].url to be an absolute http(s) URL whose variables the options fill") as ServerAddressModel;
        }

        var declared = server.Variables ?? new Dictionary<string, OpenApiServerVariable>();
        var authority = template.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 0 ? scheme + 3 : 0;
        var pathStart = template.IndexOf('/', authority) is var slash and >= 0 ? slash : template.Length;
        var variables = new List<ServerVariableModel>();
        foreach (var entry in map)
        {
            var at = JsonPointer.Append(pointer, entry.Key);
            var settings = entry.Value as JsonObject;
            var variable = JsonValues.AsString(entry.Value) ?? (settings is null ? null : Text(settings, "variable"));
            if (!Identifiers.IsValidIdentifier(entry.Key) || IsCommonOption(entry.Key) || credentials.Any(c => c.OptionName == entry.Key))
            {
                Invalid(at, "'" + entry.Key + "' cannot be an option name (a C# identifier that is neither an option of every client nor a credential)");
                continue;
            }

            if (variable is null || settings is not null && settings.Any(p => p.Key is not ("variable" or "required" or "pattern")))
            {
                Invalid(at, "'" + entry.Key + "' is a variable's name or { variable: <name>, required: true, pattern: <regex> }");
                continue;
            }

            var position = template.IndexOf("{" + variable + "}", StringComparison.Ordinal);
            if (!declared.TryGetValue(variable, out var described) || position < 0)
            {
                Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, at, variable, "variables", "servers[0]",
                    declared.Count == 0 ? "servers[0].url has none" : "it has " + string.Join(", ", declared.Keys.Where(k => template.Contains("{" + k + "}"))));
                continue;
            }

            var pattern = settings is null ? null : Text(settings, "pattern");
            if (pattern is not null && !IsRegex(pattern))
            {
                Invalid(JsonPointer.Append(at, "pattern"), "'" + pattern + "' is not a regular expression");
                continue;
            }

            var required = settings is not null && settings.TryGetPropertyValue("required", out var flag) && JsonValues.IsTrue(flag);
            var values = (described.Enum ?? []).Where(v => v is not null).ToEquatableArray();
            variables.Add(new ServerVariableModel(entry.Key, variable, position < pathStart, required ? null : described.Default, described.Default, described.Description, values, pattern));
        }

        // The variables no option fills keep their defaults: the template is written with them in place.
        foreach (var unfilled in declared.Where(v => variables.All(o => o.Variable != v.Key)))
        {
            template = template.Replace("{" + unfilled.Key + "}", unfilled.Value.Default ?? string.Empty);
        }

        return variables.Count == 0 ? null : new ServerAddressModel(template, variables.ToEquatableArray());
    }

    private static bool IsCommonOption(string name) =>
        name is "BaseAddress" or "Timeout" or "RefreshSkew" or "TokenLifetime" or "LoginBackoff" or "MaxLoginBackoff" or "AllowInsecureHttp";

    private static string Substitute(string template, OpenApiServer server)
    {
        foreach (var variable in server.Variables ?? new Dictionary<string, OpenApiServerVariable>())
        {
            template = template.Replace("{" + variable.Key + "}", string.IsNullOrEmpty(variable.Value.Default) ? "x" : variable.Value.Default);
        }

        return template;
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The wire names of the login answer's <c>format: password</c> fields, at any depth (Fuse's
    /// <c>jwt_token</c> beside the token): masked wherever a body is echoed, like the token's.
    /// </summary>
    private IEnumerable<string> AnswerSecrets(OperationModel operation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<TypeModel>();
        if (operation.Response is { Kind: ResponseKind.Json, Type: { } root })
        {
            pending.Push(root);
        }

        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (type.Kind != TypeKind.Dto || !seen.Add(type.FullName) || !_schemas.TryGetDto(type, out var dto))
            {
                continue;
            }

            foreach (var property in dto.Properties)
            {
                if (property.IsSecret)
                {
                    yield return property.WireName;
                }

                pending.Push(property.Type);
            }
        }
    }
}
