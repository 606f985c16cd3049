using System.Collections.Generic;
using System.Linq;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>The C# signature of an operation, shared by the interface and its implementation.</summary>
internal static class OperationSignature
{
    public const string Task = "global::System.Threading.Tasks.Task";

    /// <summary>The body type of a binary operation's second overload: content the caller built, sent as it is.</summary>
    public const string HttpContent = "global::System.Net.Http.HttpContent";

    /// <summary>
    /// The operations as methods: each once, and a binary body's operation a second time taking
    /// <c>HttpContent</c> (as a Refit body parameter, sent as it is, with the caller's headers:
    /// another of the listed media types, a file name, a length). Its body has no default, so a
    /// call that leaves the body out still means the <c>Stream</c> overload.
    /// </summary>
    public static IEnumerable<OperationModel> Methods(IEnumerable<OperationModel> operations)
    {
        foreach (var operation in operations)
        {
            yield return operation;
            if (operation.Body is { Kind: BodyKind.Binary } body)
            {
                yield return operation with { Body = body with { Required = true, Type = new TypeModel(TypeKind.Stream, HttpContent) } };
            }
        }
    }

    /// <summary>Is this the overload whose body is the caller's <c>HttpContent</c>?</summary>
    public static bool TakesHttpContent(BodyModel body) => body.Type.FullName == HttpContent;

    public static string ReturnType(ResponseModel response) => response.Kind switch
    {
        ResponseKind.None => Task,
        _ => Task + "<" + ResultType(response) + ">",
    };

    /// <summary>The type parameter Refit's send helper deserializes into.</summary>
    public static string ResultType(ResponseModel response) => response.Kind switch
    {
        ResponseKind.Json => response.Type!.FullName,
        ResponseKind.JsonString or ResponseKind.Text => "string",
        ResponseKind.Binary => TypeModel.Stream.FullName,
        _ => "global::System.Net.Http.HttpResponseMessage",
    };

    /// <summary>Parameters as declared; <paramref name="withAttributes"/> adds Refit's attributes (interface only).</summary>
    public static string Parameters(OperationModel operation, bool withAttributes)
    {
        var parts = new List<string>();
        foreach (var parameter in operation.Parameters.Where(p => p.Required))
        {
            parts.Add(Attributes(parameter, withAttributes) + parameter.Type.Render(false) + " " + parameter.Name);
        }

        if (operation.Body is { } body)
        {
            var attribute = !withAttributes ? string.Empty
                : body.Kind == BodyKind.Json ? "[global::Refit.Body] "
                : body.Kind == BodyKind.FormUrlEncoded ? "[global::Refit.Body(global::Refit.BodySerializationMethod.UrlEncoded)] "
                : string.Empty;
            parts.Add(attribute + body.Type.Render(!body.Required) + " body" + (body.Required ? string.Empty : Default(withAttributes)));
        }

        foreach (var parameter in operation.Parameters.Where(p => !p.Required))
        {
            parts.Add(Attributes(parameter, withAttributes) + parameter.Type.Render(true) + " " + parameter.Name + Default(withAttributes));
        }

        parts.Add("global::System.Threading.CancellationToken cancellationToken" + (withAttributes ? " = default" : string.Empty));
        return string.Join(", ", parts);
    }

    private static string Default(bool declare) => declare ? " = null" : string.Empty;

    private static string Attributes(ParameterModel parameter, bool withAttributes)
    {
        if (!withAttributes)
        {
            return string.Empty;
        }

        var wire = Helpers.Identifiers.Literal(parameter.WireName);
        return parameter.Location switch
        {
            ParameterLocation.Header => "[global::Refit.Header(" + wire + ")] ",
            ParameterLocation.Query when parameter.Type.Kind == TypeKind.List =>
                "[global::Refit.Query(global::Refit.CollectionFormat." + CollectionFormat(parameter.Separator) + "), global::Refit.AliasAs(" + wire + ")] ",
            ParameterLocation.Query => "[global::Refit.Query, global::Refit.AliasAs(" + wire + ")] ",
            _ => "[global::Refit.AliasAs(" + wire + ")] ",
        };
    }

    private static string CollectionFormat(string? separator) => separator switch
    {
        null => "Multi",
        "," => "Csv",
        "|" => "Pipes",
        _ => "Ssv",
    };

    public static string RefitAttribute(OperationModel operation)
    {
        var verb = char.ToUpperInvariant(operation.HttpMethod[0]) + operation.HttpMethod.Substring(1);
        return "[global::Refit." + verb + "(" + Helpers.Identifiers.Literal(operation.Path) + ")]";
    }
}
