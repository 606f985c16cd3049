using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// Emits the interface's implementation in the shape Refit's own generator uses (public
/// <c>GeneratedRequestRunner</c> helpers, no reflection), and a module initializer that
/// registers it so <c>RestService.ForGenerated</c> and <c>AddRefitGeneratedClient</c> find it.
/// </summary>
internal static class RefitImplementationEmitter
{
    private const string Runner = "global::Refit.GeneratedRequestRunner";

    public static string Emit(SpecModel spec, CancellationToken cancellationToken)
    {
        var w = new SourceWriter().FileHeader();
        var api = "global::" + spec.Namespace + "." + spec.InterfaceName;
        var impl = "global::" + spec.Namespace + "." + spec.ImplementationName;
        // Refit's send helper is annotated Task<T?>; bodies are non-null JSON or fail deserialization.
        w.Line("#pragma warning disable CS8619");
        w.Line();
        w.Line("namespace " + spec.Namespace + ";");
        w.Line();
        w.Line("/// <summary>The generated implementation of <see cref=\"" + spec.InterfaceName + "\"/>.</summary>");
        w.Line(EmitConstants.GeneratedCode);
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open("internal sealed partial class " + spec.ImplementationName + " : " + api);
        w.Line("private readonly global::Refit.RefitSettings _settings;");
        w.Line();
        w.Lines($$"""
            public {{spec.ImplementationName}}(global::System.Net.Http.HttpClient client, global::Refit.RefitSettings settings)
            {
                Client = client;
                _settings = settings;
            }

            public {{spec.ImplementationName}}(global::System.Net.Http.HttpClient client, global::Refit.IRequestBuilder requestBuilder)
                : this(client, requestBuilder.Settings)
            {
            }

            /// <summary>The client requests are sent with.</summary>
            public global::System.Net.Http.HttpClient Client { get; }
            """);
        foreach (var operation in OperationSignature.Methods(spec.Operations))
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.Line();
            EmitMethod(w, spec, api, operation);
        }

        w.Line();
        EmitFormatters(w, spec);
        w.Close();
        w.Line();
        w.Line("/// <summary>Registers the implementation with Refit when the assembly loads.</summary>");
        w.Line(EmitConstants.GeneratedCode);
        w.Open("internal static class " + spec.ClientName + "ApiRegistration");
        w.Lines($$"""
            [global::System.Runtime.CompilerServices.ModuleInitializer]
            internal static void Register()
            {
                global::Refit.RestService.RegisterGeneratedFactory<{{api}}>(
                    static (client, requestBuilder) => new {{impl}}(client, requestBuilder));
                global::Refit.RestService.RegisterGeneratedSettingsFactory<{{api}}>(
                    static (client, settings) => new {{impl}}(client, settings));
            }
            """);
        w.Close();
        return w.ToString();
    }

    private static void EmitMethod(SourceWriter w, SpecModel spec, string api, OperationModel operation)
    {
        w.Line("/// <inheritdoc />");
        w.Open("public " + OperationSignature.ReturnType(operation.Response) + " " + operation.MethodName + "(" + OperationSignature.Parameters(operation, withAttributes: false) + ")");
        w.Line("var refitSettings = _settings;");
        w.Line("var refitPath = " + PathExpression(operation) + ";");
        var query = operation.Parameters.Where(p => p.Location == ParameterLocation.Query).ToList();
        if (query.Count > 0)
        {
            w.Line("var refitQuery = new global::System.Text.StringBuilder();");
            foreach (var parameter in query)
            {
                var key = Identifiers.Literal(System.Uri.EscapeDataString(parameter.WireName) + "=");
                string append;
                if (parameter.Type.Kind == TypeKind.List && parameter.Separator is null)
                {
                    append = "foreach (var refitItem in " + parameter.Name + ") AddQuery(refitQuery, " + key + ", Format(refitItem));";
                }
                else if (parameter.Type.Kind == TypeKind.List)
                {
                    append = "AddQueryEscaped(refitQuery, " + key + ", Join(" + parameter.Name + ", " + Identifiers.Literal(parameter.Separator!) + "));";
                }
                else
                {
                    append = "AddQuery(refitQuery, " + key + ", Format(" + parameter.Name + "));";
                }

                WriteGuarded(w, parameter.Name, parameter.Required && parameter.Type.IsValueType, append);
            }

            w.Line("refitPath += refitQuery.ToString();");
        }

        // One call per operation into NewRequest below, rather than four into Refit's runner:
        // binding fewer calls per operation keeps a large client's build short.
        w.Line("var refitRequest = NewRequest(" + MethodInstance(operation.HttpMethod) + ", refitPath, " + Identifiers.Literal(operation.MethodName) + ", " + Identifiers.Literal(operation.Path) + ");");
        EmitBody(w, operation);
        foreach (var header in operation.Parameters.Where(p => p.Location == ParameterLocation.Header))
        {
            var set = Runner + ".SetHeader(refitRequest, " + Identifiers.Literal(header.WireName) + ", Format(" + header.Name + "), refitSettings.ValidateHeaders);";
            WriteGuarded(w, header.Name, header.Required && header.Type.IsValueType, set);
        }

        var buffered = operation.Body?.Kind == BodyKind.Json ? "refitSettings.Buffered" : "false";
        if (operation.Response.Kind == ResponseKind.None)
        {
            w.Line("return " + Runner + ".SendVoidAsync(this.Client, refitRequest, refitSettings, " + buffered + ", cancellationToken);");
        }
        else
        {
            var result = OperationSignature.ResultType(operation.Response);
            // The raw response and a binary stream live on after the call: the caller disposes them.
            var dispose = operation.Response.Kind is ResponseKind.Raw or ResponseKind.Binary ? "false" : "true";
            var send = Runner + ".SendAsync<" + result + ", " + result + ">(this.Client, refitRequest, refitSettings, false, " + dispose + ", " + buffered + ", cancellationToken)";
            w.Line(operation.Response.Kind == ResponseKind.JsonString
                ? "return Unquoted(" + send.Replace("SendAsync<string, string>", "SendAsync<string, string?>") + ");"
                : "return " + send + ";");
        }

        w.Close();
    }

    private static void EmitBody(SourceWriter w, OperationModel operation)
    {
        if (operation.Body is not { } body)
        {
            return;
        }

        var open = body.Required ? null : "if (body is not null)";
        if (open is not null)
        {
            w.Open(open);
        }

        switch (body.Kind)
        {
            case BodyKind.Json:
                // An optional body of a value type (JsonElement) is a Nullable<T>; the guard above checked it.
                var value = !body.Required && body.Type.IsValueType ? "body.Value" : "body";
                w.Line(WrittenAsDeclared(body.Type)
                    ? "refitRequest.Content = Json<" + body.Type.FullName + ">(" + value + ");"
                    : "refitRequest.Content = " + Runner + ".CreateBodyContent<" + body.Type.FullName + ">(refitSettings, " + value + ", global::Refit.BodySerializationMethod.Default, !refitSettings.Buffered);");
                break;
            case BodyKind.FormUrlEncoded:
                w.Line("var refitForm = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();");
                foreach (var field in body.Fields)
                {
                    var wire = Identifiers.Literal(field.WireName);
                    var add = field.Type.Kind == TypeKind.List
                        ? "foreach (var refitItem in body." + field.Name + ") refitForm.Add(new(" + wire + ", Format(refitItem)));"
                        : "refitForm.Add(new(" + wire + ", Format(body." + field.Name + ")));";
                    WriteGuarded(w, "body." + field.Name, !field.Nullable && field.Type.IsValueType, add);
                }

                w.Line("refitRequest.Content = new global::System.Net.Http.FormUrlEncodedContent(refitForm);");
                break;
            case BodyKind.Multipart:
                w.Line("var refitMultipart = new global::System.Net.Http.MultipartFormDataContent();");
                foreach (var field in body.Fields)
                {
                    var wire = Identifiers.Literal(field.WireName);
                    var add = FormFields.IsRepeated(field.Type)
                        ? "foreach (var refitItem in body." + field.Name + ") " + PartAdd(field.Type.Element!, "refitItem", wire)
                        : PartAdd(field.Type, "body." + field.Name + (field.Nullable && field.Type.IsValueType && FormFields.IsJsonPart(field.Type) ? ".Value" : string.Empty), wire);
                    WriteGuarded(w, "body." + field.Name, !field.Nullable && field.Type.IsValueType, add);
                }

                w.Line("refitRequest.Content = refitMultipart;");
                break;
            case BodyKind.Text:
                w.Line("refitRequest.Content = new global::System.Net.Http.StringContent(body, global::System.Text.Encoding.UTF8, " + Identifiers.Literal(body.MediaType) + ");");
                break;
            case BodyKind.Binary when OperationSignature.TakesHttpContent(body):
                w.Line("refitRequest.Content = body;");
                w.Line("refitRequest.Content.Headers.ContentType ??= new global::System.Net.Http.Headers.MediaTypeHeaderValue(" + Identifiers.Literal(body.MediaType) + ");");
                break;
            case BodyKind.Binary:
                w.Line("refitRequest.Content = new global::System.Net.Http.StreamContent(body);");
                w.Line("refitRequest.Content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue(" + Identifiers.Literal(body.MediaType) + ");");
                break;
        }

        if (open is not null)
        {
            w.Close();
        }
    }

    /// <summary>
    /// One multipart part: bytes as a file named after the field, objects, maps and lists of
    /// them as one part of JSON (OpenAPI's default for such fields), anything else as text.
    /// </summary>
    private static string PartAdd(TypeModel type, string value, string wire) =>
        type.Kind == TypeKind.Bytes ? "refitMultipart.Add(new global::System.Net.Http.ByteArrayContent(" + value + "), " + wire + ", " + wire + ");"
        : FormFields.IsJsonPart(type) ? "refitMultipart.Add(Json<" + type.FullName + ">(" + value + "), " + wire + ");"
        : "refitMultipart.Add(new global::System.Net.Http.StringContent(Format(" + value + ")), " + wire + ");";

    /// <summary>A body type whose values are of other runtime types (interfaces): written as declared.</summary>
    private static bool WrittenAsDeclared(TypeModel type) => type.Kind is TypeKind.List or TypeKind.Dictionary;

    private static void WriteGuarded(SourceWriter w, string value, bool neverNull, string statement)
    {
        if (neverNull)
        {
            w.Line(statement);
            return;
        }

        w.Open("if (" + value + " is not null)");
        w.Line(statement);
        w.Close();
    }

    /// <summary>The path template with each {parameter} replaced by its escaped value.</summary>
    private static string PathExpression(OperationModel operation)
    {
        var parts = new List<string>();
        var path = operation.Path;
        var index = 0;
        while (index < path.Length)
        {
            var open = path.IndexOf('{', index);
            var close = open < 0 ? -1 : path.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                parts.Add(Identifiers.Literal(path.Substring(index)));
                break;
            }

            if (open > index)
            {
                parts.Add(Identifiers.Literal(path.Substring(index, open - index)));
            }

            var wire = path.Substring(open + 1, close - open - 1);
            var parameter = operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Path && p.WireName == wire);
            parts.Add(parameter is null
                ? Identifiers.Literal("{" + wire + "}")
                : "global::System.Uri.EscapeDataString(Format(" + parameter.Name + "))");
            index = close + 1;
        }

        return parts.Count == 0 ? "\"\"" : string.Join(" + ", parts);
    }

    // Values go on the wire in invariant culture, whatever the caller's culture is.
    private static void EmitFormatters(SourceWriter w, SpecModel spec)
    {
        w.Lines($$"""
            // What every operation's request starts with, as Refit's own generated code sets it up.
            private global::System.Net.Http.HttpRequestMessage NewRequest(global::System.Net.Http.HttpMethod method, string path, string methodName, string pathTemplate)
            {
                var request = new global::System.Net.Http.HttpRequestMessage(method, {{Runner}}.BuildRelativeUri(this.Client, path, _settings.UrlResolution));
                {{Runner}}.AddConfiguredRequestOptions(request, _settings, typeof(global::{{spec.Namespace}}.{{spec.InterfaceName}}));
                {{Runner}}.AddRequestProperty<string>(request, global::Refit.HttpRequestMessageOptions.MethodName, methodName);
                {{Runner}}.AddRequestProperty<string>(request, global::Refit.HttpRequestMessageOptions.RelativePathTemplate, pathTemplate);
                return request;
            }
            """);
        if (spec.Operations.Any(o => o.Parameters.Any(p => p.Location == ParameterLocation.Query)))
        {
            w.Line();
            w.Lines("""
                // key is escaped already (it is the spec's); value is escaped here unless the caller did.
                private static void AddQuery(global::System.Text.StringBuilder query, string key, string value) =>
                    AddQueryEscaped(query, key, global::System.Uri.EscapeDataString(value));

                private static void AddQueryEscaped(global::System.Text.StringBuilder query, string key, string escapedValue) =>
                    query.Append(query.Length == 0 ? '?' : '&').Append(key).Append(escapedValue);
                """);
        }

        w.Line();
        FormatterLines(w);
        if (spec.Operations.Any(o => o.Response.Kind == ResponseKind.JsonString))
        {
            w.Line();
            w.Lines($$"""
                // A JSON string answer comes back without its quotes; a bare (unquoted) one as it is.
                private static async global::System.Threading.Tasks.Task<string> Unquoted(global::System.Threading.Tasks.Task<string?> response)
                {
                    var text = await response.ConfigureAwait(false) ?? string.Empty;
                    return text.TrimStart().StartsWith('"')
                        ? global::System.Text.Json.JsonSerializer.Deserialize(text, {{spec.ContextName}}.Default.String) ?? string.Empty
                        : text;
                }
                """);
        }

        if (spec.Operations.Any(o => (o.Body is { Kind: BodyKind.Multipart } body && body.Fields.Any(f => FormFields.IsJsonPart(f.Type)))
            || (o.Body is { Kind: BodyKind.Json } json && WrittenAsDeclared(json.Type))))
        {
            w.Line();
            w.Lines($$"""
                // JSON written with the declared type's metadata (Refit's serializer looks up the value's
                // runtime type: an array or List<T> passed for IReadOnlyList<T> has none), buffered so
                // the request has a Content-Length.
                private static global::System.Net.Http.HttpContent Json<T>(T value)
                {
                    var typeInfo = (global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>){{spec.ContextName}}.Default.GetTypeInfo(typeof(T))!;
                    var content = new global::System.Net.Http.ByteArrayContent(global::System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
                    content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                    return content;
                }
                """);
        }

        if (spec.Operations.Any(o => o.Parameters.Any(p => p.Type.Kind == TypeKind.List && p.Separator is not null)))
        {
            w.Line();
            w.Lines("""
                // Items escaped one by one, joined by the style's separator (itself not escaped).
                private static string Join<T>(global::System.Collections.Generic.IEnumerable<T> values, string separator)
                {
                    var builder = new global::System.Text.StringBuilder();
                    foreach (var value in values)
                    {
                        builder.Append(builder.Length == 0 ? string.Empty : separator).Append(global::System.Uri.EscapeDataString(FormatItem(value)));
                    }

                    return builder.ToString();
                }

                private static string FormatItem<T>(T value) => value switch
                {
                    string text => text,
                    bool flag => Format(flag),
                    global::System.DateTimeOffset time => Format(time),
                    global::System.IFormattable formattable => Format(formattable),
                    _ => value?.ToString() ?? string.Empty,
                };
                """);
        }
    }

    private static void FormatterLines(SourceWriter w) => w.Lines("""
        private static string Format(string value) => value;

        private static string Format(bool value) => value ? "true" : "false";

        private static string Format(bool? value) => value is { } v ? Format(v) : string.Empty;

        private static string Format(global::System.DateTimeOffset value) =>
            value.ToString("O", global::System.Globalization.CultureInfo.InvariantCulture);

        private static string Format(global::System.IFormattable? value) =>
            value?.ToString(null, global::System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        """);

    /// <summary>
    /// The framework's shared instance for every method OpenAPI allows, so a call does not
    /// allocate its own <c>HttpMethod</c> (bench/ClientOverheadBenchmarks measures the call).
    /// </summary>
    private static string MethodInstance(string method) => method.ToUpperInvariant() switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
        "HEAD" => "global::System.Net.Http.HttpMethod.Head",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        "TRACE" => "global::System.Net.Http.HttpMethod.Trace",
        var other => "new global::System.Net.Http.HttpMethod(" + Identifiers.Literal(other) + ")",
    };
}
