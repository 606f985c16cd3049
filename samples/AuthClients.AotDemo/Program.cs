using AuthClients.Core;
using AuthClients.Datarhei;
using AuthClients.Fuse;
using AuthClients.ResolveInsights;
using AuthClients.Saymon;

// Native AOT: each vendor's flow against a provider mock whose root URL is given on the command line,
//   AuthClients.AotDemo fuse=URL fuse-v4=URL saymon=URL resolve=URL datarhei=URL
// Exit code 0 only when every flow gave what the docs promise.
var urls = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => new Uri(p[1]));
var failures = 0;

await Run("Fuse v5", "fuse", async at =>
{
    await using var fuse = FuseClient.Create(o => (o.BaseAddress, o.LoginName, o.Password) = (at, "demo.user", "demo-password"));
    var me = await fuse.Api.GetCurrentUserAsync();
    await using var wrong = FuseClient.Create(o => (o.BaseAddress, o.LoginName, o.Password) = (at, "demo.user", "not-the-password"));
    var refused = await Refusal(() => wrong.Api.GetCurrentUserAsync());
    return $"user {me.Id}; a wrong password gives {refused}";
});

await Run("Fuse v4.4", "fuse-v4", async at =>
{
    await using var fuse = FuseClient.CreateV4(o => (o.BaseAddress, o.LoginName, o.Password) = (at, "demo.user", "demo-password"));
    return $"user {(await fuse.Api.GetCurrentUserAsync("v4.4")).Id}";
});

await Run("SAYMON", "saymon", async at =>
{
    await using var saymon = SaymonClient.Create(o => (o.BaseAddress, o.Login, o.Password, o.UserId) = (at, "admin", "admin-password", "5e21b752308c3c66d64e072c"));
    var me = await saymon.Api.GetCurrentUserAsync();
    return $"user {me.Login}, permissions {string.Join(", ", me.Permissions ?? [])}";
});

await Run("Resolve Insights", "resolve", async at =>
{
    await using var resolve = ResolveInsightsClient.Create(o => (o.BaseAddress, o.Username, o.Password) = (at, "demo@resolve.io", "demo-password"));
    var me = await resolve.Api.GetLoggedInUserDetailAsync();
    return $"{me.Name} <{me.Email ?? me.EmailAddress}>";
});

await Run("datarhei Core", "datarhei", async at =>
{
    await using var core = DatarheiClient.Create(o => (o.BaseAddress, o.Username, o.Password) = (at, "admin", "datarhei"));
    var filesystems = await core.Api.ListFilesystemsAsync();
    return "filesystems " + string.Join(", ", filesystems.Select(f => f.Name));
});

Console.WriteLine(failures == 0 ? "aot demo: every flow ran natively" : $"aot demo: {failures} flow(s) failed");
return failures == 0 ? 0 : 1;

async Task Run(string vendor, string key, Func<Uri, Task<string>> flow)
{
    if (!urls.TryGetValue(key, out var at))
    {
        Console.WriteLine($"  {vendor}: no {key}=URL given");
        failures++;
        return;
    }

    try
    {
        Console.WriteLine($"  {vendor}: {await flow(at)}");
    }
    catch (Exception ex) when (ex is AuthClientsException or InvalidOperationException)
    {
        Console.WriteLine($"  {vendor}: FAILED {ex.GetType().Name}: {ex.Message}");
        failures++;
    }
}

static async Task<string> Refusal(Func<Task> call)
{
    try
    {
        await call();
        throw new InvalidOperationException("a wrong password was accepted");
    }
    catch (AuthenticationFailedException ex)
    {
        return $"{ex.GetType().Name} \"{ex.ErrorMessage}\"";
    }
}
