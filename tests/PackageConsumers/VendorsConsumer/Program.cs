using System.Buffers.Text;
using System.Text;
using AuthClients.Datarhei;
using AuthClients.Fuse;
using AuthClients.ResolveInsights;
using AuthClients.Saymon;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

// One stand-in server on loopback answering each vendor's documented calls, then every packaged
// client against it through DI: login, token placement and one resource call each.
var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Warning);
var app = builder.Build();
var jwt = UnsignedJwt(DateTimeOffset.UtcNow.AddMinutes(10));

// Fuse v4.4: multipart token call answered 201, token as the auth_token query parameter.
app.MapPost("/api/v4.4/token", (HttpRequest request) => request.HasFormContentType && request.Form["login_name"] == "consumer"
    ? Results.Text("""{"auth_token":"Rn26mdxAs1"}""", "application/json", statusCode: 201)
    : Results.StatusCode(415));
app.MapGet("/api/v4.4/users/me", (HttpRequest request) => Guarded(request.Query["auth_token"] == "Rn26mdxAs1", """{"id":4}"""));

// SAYMON: Basic auth, the token as a JSON string, then api-token.
app.MapPost("/node/api/users/{id}/auth-token", (string id, HttpRequest request) => Guarded(
    request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.Ordinal), "\"a5f946dc\""));
app.MapGet("/node/api/users/current", (HttpRequest request) => Guarded(request.Query["api-token"] == "a5f946dc", """{"id":"5e21b752308c3c66d64e072c","login":"admin"}"""));

// Resolve Insights: OAuth password grant, then Bearer.
app.MapPost("/oauth/token", (HttpRequest request) => Guarded(
    request.HasFormContentType && request.Form["grant_type"] == "password" && request.Form["client_id"] == "fixstreamapp",
    """{"access_token":"at-1","token_type":"bearer","refresh_token":"rt-1","expires_in":43199,"scope":"read write trust","jti":"j"}"""));
app.MapGet("/api/v2/users/loggedIn/detail", (HttpRequest request) => Guarded(request.Headers.Authorization == "Bearer at-1", """{"name":"Demo User"}"""));

// datarhei Core: a JWT pair, then Bearer on /api/v3.
app.MapPost("/api/login", () => Results.Text($$"""{"access_token":"{{jwt}}","refresh_token":"{{jwt}}"}""", "application/json"));
app.MapGet("/api/v3/fs", (HttpRequest request) => Guarded(request.Headers.Authorization == "Bearer " + jwt, """[{"name":"disk","mount":"/"}]"""));
await app.StartAsync();

var baseAddress = new Uri(app.Urls.First());
var services = new ServiceCollection();
services.AddFuseV4Client(o => (o.BaseAddress, o.LoginName, o.Password) = (baseAddress, "consumer", "consumer-password"));
services.AddSaymonClient(o => (o.BaseAddress, o.Login, o.Password, o.UserId) = (baseAddress, "admin", "admin-password", "5e21b752308c3c66d64e072c"));
services.AddResolveInsightsClient(o => (o.BaseAddress, o.Username, o.Password) = (baseAddress, "demo@resolve.io", "demo-password"));
services.AddDatarheiClient(o => (o.BaseAddress, o.Username, o.Password) = (baseAddress, "admin", "datarhei"));
await using var provider = services.BuildServiceProvider();

var results = new[]
{
    ("AuthClients.Fuse (v4)", (await provider.GetRequiredService<IFuseV4Api>().GetCurrentUserAsync("v4.4")).Id == 4),
    ("AuthClients.Saymon", (await provider.GetRequiredService<ISaymonApi>().GetCurrentUserAsync()).Login == "admin"),
    ("AuthClients.ResolveInsights", (await provider.GetRequiredService<IResolveInsightsApi>().GetLoggedInUserDetailAsync()).Name == "Demo User"),
    ("AuthClients.Datarhei", (await provider.GetRequiredService<IDatarheiApi>().ListFilesystemsAsync()).Single().Name == "disk"),
};
await app.StopAsync();

foreach (var (package, ok) in results)
{
    Console.WriteLine($"vendors consumer: {package} {(ok ? "works" : "FAILED")} from the local feed");
}

return results.All(r => r.Item2) ? 0 : 1;

static IResult Guarded(bool allowed, string json) =>
    allowed ? Results.Text(json, "application/json") : Results.Text("""{"error":"unauthorized"}""", "application/json", statusCode: 401);

// The client reads exp/exi without checking the signature (only Core can), so a stand-in JWT
// needs no key.
static string UnsignedJwt(DateTimeOffset expires)
{
    static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
    var payload = $$"""{"iss":"datarhei-core","sub":"admin","usefor":"access","exp":{{expires.ToUnixTimeSeconds()}},"exi":600}""";
    return Encode("""{"alg":"HS256","typ":"JWT"}""") + "." + Encode(payload) + ".c2lnbmF0dXJl";
}
