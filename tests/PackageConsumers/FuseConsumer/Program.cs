using AuthClients.Core;
using AuthClients.Fuse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

// A stand-in Fuse on loopback that answers as the doc says, then the packaged client against
// it through DI, through every v5 flow: login and the Auth-Token header, a rotated token
// (401, one re-login, one retry), a refused login, and a vendor error on a resource call.
// Build/pack-and-consume.sh runs it on each supported Refit: the last two go through Refit's
// exception factories, the first two through its request pipeline.
var fuse = WebApplication.CreateSlimBuilder();
fuse.WebHost.UseUrls("http://127.0.0.1:0");
fuse.Logging.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Warning);
var app = fuse.Build();
var logins = 0;
string? validToken = null;
var forbidden = false;
const string Refused = """{"success":false,"errors":{"base":"Unauthorized 401"}}""";
app.MapPost("/api/v5.0/session", async (HttpRequest request) =>
{
    var body = await new StreamReader(request.Body).ReadToEndAsync();
    if (!body.Contains("consumer-password", StringComparison.Ordinal))
    {
        return Results.Text("""{"success":false,"errors":{"base":"Invalid login or password."}}""", "application/json", statusCode: 401);
    }

    // Every login rotates the token: only the newest one is accepted.
    validToken = "RVt-k4zQJRyMBx3L-" + Interlocked.Increment(ref logins);
    // (Spaces between the closing braces keep them apart from the interpolation's.)
    return Results.Text($$"""{"success":true,"auth_tokens":{"user_authentication_token":{"authentication_token":"{{validToken}}","updated_at":1} } }""", "application/json");
});
app.MapGet("/api/v5.0/users/me", (HttpRequest request) =>
    request.Headers["Auth-Token"] != validToken || validToken is null
        ? Results.Text(Refused, "application/json", statusCode: 401)
        : forbidden
            ? Results.Text("""{"success":false,"errors":{"base":"Forbidden for this user"}}""", "application/json", statusCode: 403)
            : Results.Text("""{"id":7}""", "application/json"));
await app.StartAsync();

var services = new ServiceCollection();
services.AddFuseClient(o => (o.BaseAddress, o.LoginName, o.Password) = (new Uri(app.Urls.First()), "consumer", "consumer-password"));
services.AddFuseClient("wrong", o => (o.BaseAddress, o.LoginName, o.Password) = (new Uri(app.Urls.First()), "consumer", "not-the-password"));
await using var provider = services.BuildServiceProvider();
var api = provider.GetRequiredService<IFuseV5Api>();
var failures = new List<string>();

// Login, then the token on the Auth-Token header.
var user = await api.GetCurrentUserAsync();
Check(user.Id == 7 && logins == 1, $"login: user {user.Id} after {logins} login(s)");

// The token is rotated elsewhere: the call gets 401, the client logs in once more and retries.
validToken = null;
user = await api.GetCurrentUserAsync();
Check(user.Id == 7 && logins == 2, $"re-login on 401: user {user.Id} after {logins} login(s)");

// A refused login is a typed exception with Fuse's own message.
var refused = await Catch<AuthenticationFailedException>(() => provider.GetRequiredKeyedService<IFuseV5Api>("wrong").GetCurrentUserAsync());
Check(refused?.ErrorMessage == "Invalid login or password.", $"refused login: {refused?.ErrorMessage ?? "no AuthenticationFailedException"}");

// A vendor error on a resource call is a typed exception too.
forbidden = true;
var error = await Catch<VendorApiException>(() => api.GetCurrentUserAsync());
Check(error is { StatusCode: System.Net.HttpStatusCode.Forbidden, ErrorMessage: "Forbidden for this user" } and not AuthenticationFailedException,
    $"vendor error: {error?.StatusCode} {error?.ErrorMessage ?? "no VendorApiException"}");
await app.StopAsync();

if (failures.Count > 0)
{
    failures.ForEach(f => Console.Error.WriteLine("fuse consumer: FAILED " + f));
    return 1;
}

Console.WriteLine($"fuse consumer: login, re-login on 401, refused login, vendor error via the packaged AuthClients.Fuse ({logins} logins)");
return 0;

void Check(bool ok, string what)
{
    if (!ok)
    {
        failures.Add(what);
    }
}

static async Task<T?> Catch<T>(Func<Task> call)
    where T : Exception
{
    try
    {
        await call();
        return null;
    }
    catch (T expected)
    {
        return expected;
    }
}
