using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AuthClients.PactFfi.Matchers;

/// <summary>
/// System.Text.Json settings for bodies and matcher values: property names exactly as written
/// (no naming policy), and every <see cref="IMatcher"/> written in the engine's integration JSON.
/// </summary>
internal static class PactJson
{
    internal static readonly JsonSerializerOptions Default = Create(null);

    /// <summary>Copies <paramref name="settings"/> (or starts afresh) and adds the matcher converter.</summary>
    internal static JsonSerializerOptions Create(JsonSerializerOptions? settings)
    {
        var options = settings is null ? new JsonSerializerOptions() : new JsonSerializerOptions(settings);
        // The JSON only ever goes to the engine, never into HTML, so keep regexes and '+' readable
        // in error messages instead of \u002B escapes.
        options.Encoder ??= JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new MatcherConverterFactory());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    internal static string Serialize(object? value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(value, value?.GetType() ?? typeof(object), options);

    /// <summary>A header or query value: a matcher becomes its JSON, a plain string stays as it is.</summary>
    internal static string MatcherValue(IMatcher matcher) => Serialize(matcher, Default);

    /// <summary>
    /// Covers both <see cref="IMatcher"/>-typed properties (what <c>Match.*</c> returns) and
    /// <c>object</c>-typed ones, whose runtime type is the concrete <see cref="Matcher"/>.
    /// </summary>
    private sealed class MatcherConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeof(IMatcher).IsAssignableFrom(typeToConvert);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(MatcherConverter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class MatcherConverter<T> : JsonConverter<T>
        where T : IMatcher
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Matchers are written into pacts, never read back.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("pact:matcher:type", value.Type);
            if (value is Matcher matcher)
            {
                foreach (var (name, attribute) in matcher.Attributes)
                {
                    writer.WritePropertyName(name);
                    JsonSerializer.Serialize(writer, attribute, attribute.GetType(), options);
                }
            }

            writer.WritePropertyName("value");
            // Serialise by runtime type so nested anonymous objects and matchers keep their shape.
            JsonSerializer.Serialize(writer, value.Value, value.Value?.GetType() ?? typeof(object), options);
            writer.WriteEndObject();
        }
    }
}
