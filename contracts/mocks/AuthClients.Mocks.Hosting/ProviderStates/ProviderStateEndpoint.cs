using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AuthClients.Mocks.Hosting.ProviderStates;

/// <summary>
/// <c>POST /provider-states</c>: the state change URL a Pact verifier is given. Answers 200 with
/// the values the state made as a JSON object of strings (<c>{"accessToken": "..."}</c>, which the
/// verifier injects into the interaction's request) once the state is set up, 200 <c>{}</c> once
/// a teardown has reset the mock, and 400
/// with a problem body naming the known states when the state is unknown or the body is
/// not a state change.
/// </summary>
public static partial class ProviderStateEndpoint
{
    /// <summary>The path of the state change endpoint on every mock.</summary>
    public const string Path = "/provider-states";

    /// <summary>Maps the state change endpoint, dispatching to the registered <see cref="IProviderStateHandler"/>.</summary>
    public static IEndpointConventionBuilder MapProviderStates(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes.MapPost(Path, HandleAsync);
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        IProviderStateHandler handler,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger(typeof(ProviderStateEndpoint));
        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
            body = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            return BadRequest($"The body is not JSON: {exception.Message}");
        }

        if (!ProviderStateChange.TryParse(body, out var change, out var error))
        {
            return BadRequest(error!);
        }

        var values = ProviderStateValues.None;
        if (change!.Action == ProviderStateAction.Teardown)
        {
            handler.Reset();
            LogTornDown(logger, change.State);
        }
        else if (change.State.Length > 0)
        {
            if (!handler.Setups.TryGetValue(change.State, out var setup))
            {
                var known = string.Join(", ", handler.Setups.Keys.Order(StringComparer.Ordinal).Select(k => $"\"{k}\""));
                return BadRequest($"Unknown provider state \"{change.State}\". This mock knows: {known}.");
            }

            values = setup(change.Parameters);
            // Names only: the values are tokens.
            LogSetUp(logger, change.State, change.Parameters.Names, values.Keys);
        }

        return Results.Text(Json(values), "application/json");
    }

    // Written by hand rather than serialised: a flat object of strings needs no reflection.
    private static string Json(IReadOnlyDictionary<string, string> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in values)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Not a usable provider state change");

    [LoggerMessage(Level = LogLevel.Information, Message = "Provider state set up: \"{State}\" (params: {ParameterNames}; returned: {ValueNames})")]
    private static partial void LogSetUp(ILogger logger, string state, IReadOnlyCollection<string> parameterNames, IEnumerable<string> valueNames);

    [LoggerMessage(Level = LogLevel.Information, Message = "Provider state torn down, mock reset: \"{State}\"")]
    private static partial void LogTornDown(ILogger logger, string state);
}
