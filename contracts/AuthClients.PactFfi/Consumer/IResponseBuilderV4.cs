using System.Net;
using System.Text.Json;
using AuthClients.PactFfi.Matchers;

namespace AuthClients.PactFfi;

/// <summary>Describes the response of an interaction (PactNet's <c>IResponseBuilderV4</c>).</summary>
public interface IResponseBuilderV4
{
    /// <summary>Sets the status code.</summary>
    IResponseBuilderV4 WithStatus(HttpStatusCode status);

    /// <summary>Sets the status code as a number.</summary>
    IResponseBuilderV4 WithStatus(int status);

    /// <summary>Adds a response header with exactly this value.</summary>
    IResponseBuilderV4 WithHeader(string key, string value);

    /// <summary>Adds a response header whose value satisfies <paramref name="matcher"/>.</summary>
    IResponseBuilderV4 WithHeader(string key, IMatcher matcher);

    /// <summary>Sets a JSON body (<c>application/json</c>); matchers may appear anywhere in it.</summary>
    IResponseBuilderV4 WithJsonBody(object body);

    /// <summary>Sets a JSON body serialised with <paramref name="settings"/>.</summary>
    IResponseBuilderV4 WithJsonBody(object body, JsonSerializerOptions settings);

    /// <summary>Sets a JSON body with a specific JSON content type.</summary>
    IResponseBuilderV4 WithJsonBody(object body, string contentType);

    /// <summary>Sets a body given as text.</summary>
    IResponseBuilderV4 WithBody(string body, string contentType);
}
