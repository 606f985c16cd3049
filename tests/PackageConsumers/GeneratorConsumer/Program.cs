using System.Net;
using System.Text;
using Consumer.Harbour;
using Consumer.Weather;
using Refit;

// Proves the packed generator works for someone else's spec: the client it generated
// builds the request and parses the answer, with System.Text.Json reflection off.
var handler = new Answer("""{"city":"Oslo","celsius":-3.5}""");
var client = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:9") };
var api = RestService.ForGenerated<IWeatherApi>(client, WeatherJsonContext.CreateRefitSettings());
var forecast = await api.GetForecastAsync("Oslo");
if (handler.Path != "/forecast/Oslo" || forecast.City != "Oslo" || forecast.Celsius != -3.5)
{
    Console.Error.WriteLine($"generator consumer: unexpected result {forecast} for {handler.Path}");
    return 1;
}

// An OpenAPI 3.1 JSON document, recognised by its root key and named by its AdditionalFiles
// item (ITideTableApi in Consumer.Harbour): a type array is a nullable string.
var tides = RestService.ForGenerated<ITideTableApi>(
    new HttpClient(new Answer("""{"harbour":"Bergen","metres":1.25,"warning":null}""")) { BaseAddress = new Uri("http://127.0.0.1:9") },
    TideTableJsonContext.CreateRefitSettings());
var tide = await tides.GetTideAsync("Bergen");
string? warning = tide.Warning;
if (tide.Harbour != "Bergen" || tide.Metres != 1.25 || warning is not null)
{
    Console.Error.WriteLine($"generator consumer: unexpected tide {tide}");
    return 1;
}

Console.WriteLine($"generator consumer: {forecast.City} {forecast.Celsius} °C and {tide.Harbour} {tide.Metres} m (OpenAPI 3.1 JSON, named by its item) via the packed generator");
return 0;

internal sealed class Answer(string json) : HttpMessageHandler
{
    public string? Path { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Path = request.RequestUri!.AbsolutePath;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
