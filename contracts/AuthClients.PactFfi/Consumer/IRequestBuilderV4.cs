using System.Text.Json;
using AuthClients.PactFfi.Matchers;

namespace AuthClients.PactFfi;

/// <summary>Describes the request of an interaction (PactNet's <c>IRequestBuilderV4</c>).</summary>
public interface IRequestBuilderV4
{
    /// <summary>Adds a provider state the provider must be in for this interaction.</summary>
    IRequestBuilderV4 Given(string providerState);

    /// <summary>Adds a provider state with parameters; each value is sent to the provider as a JSON string.</summary>
    IRequestBuilderV4 Given(string providerState, IDictionary<string, string> parameters);

    /// <summary>Sets the request method and path (the path is matched exactly).</summary>
    IRequestBuilderV4 WithRequest(HttpMethod method, string path);

    /// <summary>Sets the request method (by name) and path.</summary>
    IRequestBuilderV4 WithRequest(string method, string path);

    /// <summary>
    /// Sets the request method and a path that satisfies <paramref name="path"/>, e.g. one with an id the
    /// provider assigns (<c>Generate.ProviderState("/users/42", "/users/${userId}")</c>).
    /// </summary>
    IRequestBuilderV4 WithRequest(HttpMethod method, IMatcher path);

    /// <summary>Expects a query parameter with exactly this value; call again for a repeated key.</summary>
    IRequestBuilderV4 WithQuery(string key, string value);

    /// <summary>Expects a query parameter whose value satisfies <paramref name="matcher"/>.</summary>
    IRequestBuilderV4 WithQuery(string key, IMatcher matcher);

    /// <summary>Expects a header with exactly this value; call again for a repeated header.</summary>
    IRequestBuilderV4 WithHeader(string key, string value);

    /// <summary>Expects a header whose value satisfies <paramref name="matcher"/>.</summary>
    IRequestBuilderV4 WithHeader(string key, IMatcher matcher);

    /// <summary>Expects a JSON body (<c>application/json</c>); matchers may appear anywhere in it.</summary>
    IRequestBuilderV4 WithJsonBody(object body);

    /// <summary>Expects a JSON body serialised with <paramref name="settings"/>.</summary>
    IRequestBuilderV4 WithJsonBody(object body, JsonSerializerOptions settings);

    /// <summary>Expects a JSON body with a specific JSON content type.</summary>
    IRequestBuilderV4 WithJsonBody(object body, string contentType);

    /// <summary>Expects a body given as text, e.g. a form-encoded one.</summary>
    IRequestBuilderV4 WithBody(string body, string contentType);

    /// <summary>Moves on to the response.</summary>
    IResponseBuilderV4 WillRespond();
}
