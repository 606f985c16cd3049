using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AuthClients.Generator.Diagnostics;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;
using Microsoft.OpenApi;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// The parts of the auth description a vendor such as datarhei Core needs beyond one login:
/// alternative logins (<c>logins</c>), a token sent as Bearer to the login (<c>bearer</c>),
/// JWT lifetimes counted from a claim or the request (<c>{ claim: exi, from: iat }</c>), the
/// statuses that refuse a login (<c>loginRefused</c>), a list of details in the error body
/// (<c>errors.details</c>) and a hand-written option check (<c>validate</c>).
/// </summary>
internal sealed partial class AuthDescriptionParser
{
    /// <summary>
    /// <c>logins: [ { Username: body.username, Password: body.password }, { Token: bearer } ]</c>:
    /// each entry a credentials map, the first whose options are all set is sent. Every option
    /// of every entry is one property of the options class.
    /// </summary>
    private EquatableArray<LoginAlternativeModel>? Alternatives(JsonObject auth, NamedOperation login, List<CredentialModel> credentials)
    {
        var pointer = Sub("logins");
        if (auth.ContainsKey("credentials"))
        {
            Invalid(Sub("credentials"), "'credentials' and 'logins' cannot both be given: 'logins' lists each way to log in with its own credentials");
        }

        if (auth["logins"] is not JsonArray list || list.Count < 2)
        {
            Invalid(pointer, "'logins' lists two or more ways to log in, each a map of option names to where each goes (body.<field>, basic.password, bearer, ...)");
            return null;
        }

        var alternatives = new List<LoginAlternativeModel>();
        for (var i = 0; i < list.Count; i++)
        {
            var at = JsonPointer.Append(pointer, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (list[i] is not JsonObject map || map.Count == 0)
            {
                Invalid(at, "each entry of 'logins' maps option names to where each goes (body.<field>, query.<name>, basic.password, bearer, ...)");
                continue;
            }

            var own = new List<CredentialModel>();
            foreach (var entry in map)
            {
                var option = JsonPointer.Append(at, entry.Key);
                if (Credential(entry.Key, entry.Value, option, login) is not { } credential)
                {
                    continue;
                }

                // One option fills one place: the same name in two logins must go to the same place.
                if (credentials.FirstOrDefault(c => c.OptionName == credential.OptionName) is { } earlier)
                {
                    if (earlier.Target != credential.Target || earlier.Member != credential.Member)
                    {
                        Invalid(option, "'" + entry.Key + "' goes elsewhere in an earlier login; one option fills one place");
                    }
                }
                else
                {
                    credentials.Add(credential);
                }

                own.Add(credential);
            }

            if (own.Count(c => c.Target == CredentialTarget.Bearer) > 1)
            {
                Invalid(at, "one login sends one bearer token");
            }

            if (own.Any(c => c.Target == CredentialTarget.Bearer) && own.Any(c => c.Target is CredentialTarget.BasicUser or CredentialTarget.BasicPassword))
            {
                Invalid(at, "one login sends HTTP Basic or a bearer token in its Authorization header, not both");
            }

            if (i < list.Count - 1 && !own.Any(c => c.Required && c.DefaultLiteral is null))
            {
                Invalid(at, "this login needs no option set, so it would always be sent and the logins after it never; put it last");
            }

            RequiredFilled(own, login, at, " (login " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " of 'logins')");
            alternatives.Add(new LoginAlternativeModel(own.Select(c => c.OptionName).ToEquatableArray()));
        }

        return alternatives.ToEquatableArray();
    }

    /// <summary>
    /// <c>Token: bearer</c>: the option is sent as <c>Authorization: Bearer</c> on the login, which
    /// the login operation's security says with an http bearer (or oauth2/openIdConnect) scheme;
    /// the scheme's description documents the option.
    /// </summary>
    private CredentialModel? BearerCredential(string option, NamedOperation login, string pointer)
    {
        var scheme = SchemesOf(login.Operation.Security).FirstOrDefault(s =>
            s.Type == SecuritySchemeType.Http && string.Equals(s.Scheme, "bearer", StringComparison.OrdinalIgnoreCase)
            || s.Type is SecuritySchemeType.OAuth2 or SecuritySchemeType.OpenIdConnect);
        if (scheme is null)
        {
            return Fail(DiagnosticDescriptors.AuthPlacementUndefined.Id, pointer, "bearer needs an http bearer security scheme on the login operation (e.g. security: [{}, {idToken: []}] when the login also works without it)") as CredentialModel;
        }

        var description = string.IsNullOrWhiteSpace(scheme.Description) ? null : scheme.Description!.Trim();
        return new CredentialModel(option, CredentialTarget.Bearer, string.Empty, "string", true, true, null, description, false, false);
    }

    /// <summary>
    /// <c>jwt: [exp, { claim: exi, from: iat }]</c>: a plain claim is an expiry in Unix seconds; a
    /// <c>{ claim, from }</c> entry is seconds counted from the claim <c>from</c>, or from when the
    /// request left when the token lacks it (or when <c>from</c> is not given).
    /// </summary>
    private LifetimeModel? JwtLifetime(JsonArray entries, string pointer)
    {
        var claims = new List<JwtClaimModel>();
        for (var i = 0; i < entries.Count; i++)
        {
            var at = JsonPointer.Append(pointer, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (JsonValues.AsString(entries[i]) is { Length: > 0 } absolute)
            {
                claims.Add(new JwtClaimModel(absolute, false, null));
                continue;
            }

            if (entries[i] is JsonObject map && Text(map, "claim") is { } claim && map.All(p => p.Key is "claim" or "from")
                && (!map.ContainsKey("from") || Text(map, "from") is not null))
            {
                claims.Add(new JwtClaimModel(claim, true, Text(map, "from")));
                continue;
            }

            Invalid(at, "a JWT lifetime entry is a claim name (its value the expiry in Unix seconds) or { claim: <seconds claim>, from: <Unix-seconds claim> }");
            return null;
        }

        return new LifetimeModel(LifetimeKind.Jwt, null, EquatableArray<string>.Empty) { RelativeClaims = claims.ToEquatableArray() };
    }

    /// <summary><c>loginRefused: [400, 401, 403]</c>: the client-error statuses that answer a login refused; default 401 and 403.</summary>
    private EquatableArray<int> LoginRefused(JsonObject auth)
    {
        if (!auth.TryGetPropertyValue("loginRefused", out var node))
        {
            return EquatableArray<int>.Empty;
        }

        var statuses = new SortedSet<int>();
        if (node is JsonArray list && list.Count > 0)
        {
            foreach (var item in list)
            {
                if (item is JsonValue value && value.GetValueKind() == JsonValueKind.Number && int.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var status) && status is >= 400 and < 500)
                {
                    statuses.Add(status);
                }
                else
                {
                    statuses.Clear();
                    break;
                }
            }
        }

        if (statuses.Count == 0)
        {
            Invalid(Sub("loginRefused"), "'loginRefused' lists the 4xx statuses that answer a refused login, e.g. [400, 401, 403]");
            return EquatableArray<int>.Empty;
        }

        return statuses.ToEquatableArray();
    }

    /// <summary><c>validate: Method</c>: a hand-written partial method of the definition with option checks the spec cannot state.</summary>
    private string? ValidateHook(JsonObject auth)
    {
        if (!auth.ContainsKey("validate"))
        {
            return null;
        }

        var name = Text(auth, "validate");
        if (name is null || !Identifiers.IsValidIdentifier(name) || name == "Validate")
        {
            Invalid(Sub("validate"), "'validate' must be the name of a C# method (the hand-written partial method of the definition that checks the options), not '" + name + "'");
            return null;
        }

        return name;
    }

    /// <summary><c>errors.details</c>: a list of strings in the error body.</summary>
    private AccessPath? ErrorDetails(TypeModel root, JsonNode? node, string pointer, string schemaName)
    {
        if (JsonValues.AsString(node) is not { Length: > 0 } path)
        {
            Invalid(pointer, "'details' is a path in the error schema to a list of strings");
            return null;
        }

        var walked = Walk(root, path, pointer, schemaName, TypeKind.List);
        if (walked is null)
        {
            return null;
        }

        var type = root;
        foreach (var step in walked.Steps)
        {
            _schemas.TryGetDto(type, out var dto);
            type = dto!.Properties.First(p => p.Name == step.Member).Type;
        }

        return type.Element?.Kind == TypeKind.String
            ? walked
            : Fail(DiagnosticDescriptors.AuthPathNotInSchema.Id, pointer, path, "schema", schemaName, "it leads to a list of " + type.Element?.Kind + ", not of strings") as AccessPath;
    }
}
