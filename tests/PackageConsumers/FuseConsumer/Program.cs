using AuthClients.Fuse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

// A stand-in Fuse on loopback that answers as the doc says, then the packaged client against
// it through DI: login, Auth-Token header, and users/me.
var fuse = WebApplication.CreateSlimBuilder();
fuse.WebHost.UseUrls("http://127.0.0.1:0");
fuse.Logging.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Warning);
var app = fuse.Build();
var logins = 0;
app.MapPost("/api/v5.0/session", () =>
{
    Interlocked.Increment(ref logins);
    return Results.Text("""{"success":true,"auth_tokens":{"user_authentication_token":{"authentication_token":"RVt-k4zQJRyMBx3L","updated_at":1}}}""", "application/json");
});
app.MapGet("/api/v5.0/users/me", (HttpRequest request) => request.Headers["Auth-Token"] == "RVt-k4zQJRyMBx3L"
    ? Results.Text("""{"id":7}""", "application/json")
    : Results.Text("""{"success":false,"errors":{"base":"Unauthorized 401"}}""", "application/json", statusCode: 401));
await app.StartAsync();

var services = new ServiceCollection();
services.AddFuseClient(o =>
{
    o.BaseAddress = new Uri(app.Urls.First());
    o.LoginName = "consumer";
    o.Password = "consumer-password";
});
await using var provider = services.BuildServiceProvider();
var user = await provider.GetRequiredService<IFuseV5Api>().GetCurrentUserAsync();
await app.StopAsync();

if (user.Id != 7 || logins != 1)
{
    Console.Error.WriteLine($"fuse consumer: unexpected user {user.Id} after {logins} logins");
    return 1;
}

Console.WriteLine($"fuse consumer: user {user.Id} after {logins} login via the packaged AuthClients.Fuse");
return 0;
