using System.Text.Json;
using AuthClients.PactFfi.Matchers;
using AuthClients.PactFfi.Native;

namespace AuthClients.PactFfi;

/// <summary>Writes the request side of one interaction straight into the engine, so a bad value fails at the call.</summary>
internal sealed class RequestBuilder(InteractionHandle interaction, JsonSerializerOptions jsonOptions) : IRequestBuilderV4
{
    private readonly InteractionPartWriter writer = new(interaction, InteractionPart.Request, jsonOptions);
    private readonly Dictionary<string, int> queryCounts = new(StringComparer.Ordinal);

    public IRequestBuilderV4 Given(string providerState)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerState);
        Ffi.Check(NativeMethods.Given(interaction, providerState), "pactffi_given", $"state '{providerState}'");
        return this;
    }

    public IRequestBuilderV4 Given(string providerState, IDictionary<string, string> parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerState);
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count == 0)
        {
            return Given(providerState);
        }

        foreach (var (name, value) in parameters)
        {
            // The engine parses the value as JSON; encode it so "42" stays the string "42".
            var json = JsonSerializer.Serialize(value, PactJson.Default);
            Ffi.Check(NativeMethods.GivenWithParam(interaction, providerState, name, json), "pactffi_given_with_param", $"state '{providerState}', param '{name}'");
        }

        return this;
    }

    public IRequestBuilderV4 WithRequest(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        return WithRequest(method.Method, path);
    }

    public IRequestBuilderV4 WithRequest(string method, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrEmpty(path);
        Ffi.Check(NativeMethods.WithRequest(interaction, method.ToUpperInvariant(), path), "pactffi_with_request", $"{method} {path}");
        return this;
    }

    public IRequestBuilderV4 WithRequest(HttpMethod method, IMatcher path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        // The engine takes a path as a string or as integration JSON whose example is a string.
        if (path.Value is not string example || !example.StartsWith('/'))
        {
            throw new ArgumentException("A path matcher's example must be a path starting with '/'.", nameof(path));
        }

        Ffi.Check(NativeMethods.WithRequest(interaction, method.Method.ToUpperInvariant(), PactJson.MatcherValue(path)), "pactffi_with_request", $"{method} {example}");
        return this;
    }

    public IRequestBuilderV4 WithQuery(string key, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        queryCounts.TryGetValue(key, out var index);
        Ffi.Check(NativeMethods.WithQueryParameterV2(interaction, key, (nuint)index, value), "pactffi_with_query_parameter_v2", $"query '{key}'");
        queryCounts[key] = index + 1;
        return this;
    }

    public IRequestBuilderV4 WithQuery(string key, IMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        return WithQuery(key, PactJson.MatcherValue(matcher));
    }

    public IRequestBuilderV4 WithHeader(string key, string value)
    {
        writer.Header(key, value);
        return this;
    }

    public IRequestBuilderV4 WithHeader(string key, IMatcher matcher)
    {
        writer.Header(key, matcher);
        return this;
    }

    public IRequestBuilderV4 WithJsonBody(object body)
    {
        writer.JsonBody(body, null, "application/json");
        return this;
    }

    public IRequestBuilderV4 WithJsonBody(object body, JsonSerializerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        writer.JsonBody(body, settings, "application/json");
        return this;
    }

    public IRequestBuilderV4 WithJsonBody(object body, string contentType)
    {
        writer.JsonBody(body, null, contentType);
        return this;
    }

    public IRequestBuilderV4 WithBody(string body, string contentType)
    {
        writer.Body(body, contentType);
        return this;
    }

    public IResponseBuilderV4 WillRespond() => new ResponseBuilder(interaction, writer.JsonOptions);
}
