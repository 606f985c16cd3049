using AuthClients.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NotesSample;

// The vendor's stand-in, on loopback: a sign-in handing out a token, notes that want it.
var logins = 0;
var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.SetMinimumLevel(LogLevel.Warning);
await using var vendor = builder.Build();
vendor.MapPost("/auth/sign-in", () =>
{
    Interlocked.Increment(ref logins);
    return Results.Text("{\"data\":{\"token\":\"t-1\",\"expires_in\":3600}}", "application/json");
});
vendor.MapGet("/notes/{id}", (HttpContext context, string id) =>
    context.Request.Headers["X-Api-Key"] != "t-1" ? Results.Text("{\"title\":\"unauthorized\"}", "application/json", statusCode: 401)
    : id == "42" ? Results.Text("{\"id\":\"42\",\"text\":\"Buy milk\"}", "application/json")
    : Results.Text("{\"title\":\"not_found\",\"detail\":\"No note " + id + "\"}", "application/json", statusCode: 404));
await vendor.StartAsync();

// The client: everything below the spec is generated (NotesClientOptions, AddNotesClient, INotesApi).
var services = new ServiceCollection();
services.AddNotesClient(o => (o.BaseAddress, o.Email, o.Password) = (new Uri(vendor.Urls.First() + "/"), "me@example.com", "my-password"));
await using var provider = services.BuildServiceProvider();
var notes = provider.GetRequiredService<INotesApi>();

var first = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => notes.GetNoteAsync("42")));
Console.WriteLine($"5 concurrent calls: '{first[0].Text}', {logins} sign-in");
try
{
    await notes.GetNoteAsync("7");
}
catch (VendorApiException error)
{
    Console.WriteLine($"typed error: {error.StatusCode} {error.ErrorCode}: {error.ErrorMessage}");
}

Console.WriteLine(new NotesClientOptions { Email = "me@example.com", Password = "my-password" });
