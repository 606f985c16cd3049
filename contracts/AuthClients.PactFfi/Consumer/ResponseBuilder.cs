using System.Net;
using System.Text.Json;
using AuthClients.PactFfi.Matchers;
using AuthClients.PactFfi.Native;

namespace AuthClients.PactFfi;

/// <summary>Writes the response side of one interaction straight into the engine.</summary>
internal sealed class ResponseBuilder(InteractionHandle interaction, JsonSerializerOptions jsonOptions) : IResponseBuilderV4
{
    private readonly InteractionPartWriter writer = new(interaction, InteractionPart.Response, jsonOptions);

    public IResponseBuilderV4 WithStatus(HttpStatusCode status) => WithStatus((int)status);

    public IResponseBuilderV4 WithStatus(int status)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        Ffi.Check(NativeMethods.ResponseStatus(interaction, (ushort)status), "pactffi_response_status", $"status {status}");
        return this;
    }

    public IResponseBuilderV4 WithHeader(string key, string value)
    {
        writer.Header(key, value);
        return this;
    }

    public IResponseBuilderV4 WithHeader(string key, IMatcher matcher)
    {
        writer.Header(key, matcher);
        return this;
    }

    public IResponseBuilderV4 WithJsonBody(object body)
    {
        writer.JsonBody(body, null, "application/json");
        return this;
    }

    public IResponseBuilderV4 WithJsonBody(object body, JsonSerializerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        writer.JsonBody(body, settings, "application/json");
        return this;
    }

    public IResponseBuilderV4 WithJsonBody(object body, string contentType)
    {
        writer.JsonBody(body, null, contentType);
        return this;
    }

    public IResponseBuilderV4 WithBody(string body, string contentType)
    {
        writer.Body(body, contentType);
        return this;
    }
}
