using System.Text.Json;

namespace AuthClients.PactFfi;

/// <summary>Settings for a consumer pact, shaped like PactNet's <c>PactConfig</c>.</summary>
public sealed class PactConfig
{
    /// <summary>
    /// Where pact files are written (created if missing). The file is <c>{consumer}-{provider}.json</c>,
    /// merged with what is already there. Defaults to <c>pacts</c> under the current directory.
    /// </summary>
    public string PactDir { get; set; } = Path.Combine(Directory.GetCurrentDirectory(), "pacts");

    /// <summary>
    /// Serializer settings for <c>WithJsonBody</c> when a call does not pass its own. <c>null</c> means
    /// System.Text.Json defaults: property names exactly as the object spells them.
    /// </summary>
    public JsonSerializerOptions? DefaultJsonSettings { get; set; }
}
