using AuthClients.Datarhei;
using AuthClients.Fuse;
using AuthClients.ResolveInsights;
using AuthClients.Saymon;
using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.Benchmarks.Infrastructure;

/// <summary>
/// Every vendor's generated client registered the way the README tells users to, logging in at
/// the stand-in server. Given <c>answerInMemory</c>, the resource calls (not the logins) are
/// answered by <see cref="CannedResponses"/> with the vendor's documented body instead
/// (<c>asynchronously</c> as that handler says).
/// </summary>
internal sealed class RegisteredClients : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public RegisteredClients(Uri at, bool answerInMemory, bool asynchronously = false, Action<IHttpClientBuilder>? configureFuse = null)
    {
        var services = new ServiceCollection();
        var fuse = services.AddFuseClient(o => (o.BaseAddress, o.LoginName, o.Password) = (at, "bench", "bench-password"));
        configureFuse?.Invoke(fuse);
        Answer(fuse, DocumentedBodies.FuseUser);
        Answer(services.AddFuseV4Client(o => (o.BaseAddress, o.LoginName, o.Password) = (at, "bench", "bench-password")), DocumentedBodies.FuseUser);
        Answer(services.AddSaymonClient(o => (o.BaseAddress, o.Login, o.Password, o.UserId) = (at, "admin", "admin-password", "5e21b752308c3c66d64e072c")), DocumentedBodies.SaymonUser);
        Answer(services.AddResolveInsightsClient(o => (o.BaseAddress, o.Username, o.Password) = (at, "demo@resolve.io", "demo-password")), DocumentedBodies.ResolveUserDetail);
        Answer(services.AddDatarheiClient(o => (o.BaseAddress, o.Username, o.Password) = (at, "admin", "datarhei")), DocumentedBodies.DatarheiFilesystems);
        _services = services.BuildServiceProvider();
        Fuse = _services.GetRequiredService<IFuseV5Api>();
        FuseV4 = _services.GetRequiredService<IFuseV4Api>();
        Saymon = _services.GetRequiredService<ISaymonApi>();
        ResolveInsights = _services.GetRequiredService<IResolveInsightsApi>();
        Datarhei = _services.GetRequiredService<IDatarheiApi>();

        void Answer(IHttpClientBuilder builder, string body)
        {
            if (answerInMemory)
            {
                builder.ConfigurePrimaryHttpMessageHandler(() => new CannedResponses(body, asynchronously));
            }
        }
    }

    public IFuseV5Api Fuse { get; }

    public IFuseV4Api FuseV4 { get; }

    public ISaymonApi Saymon { get; }

    public IResolveInsightsApi ResolveInsights { get; }

    public IDatarheiApi Datarhei { get; }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
