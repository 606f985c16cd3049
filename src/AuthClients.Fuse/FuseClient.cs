using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AuthClients.Fuse;

/// <summary>
/// The Fuse client for code that does not use dependency injection: the same pipeline as
/// <see cref="FuseServiceCollectionExtensions.AddFuseClient"/>, owned by this object.
/// </summary>
public sealed class FuseClient : IDisposable, IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private FuseClient(ServiceProvider services)
    {
        _services = services;
        V5 = services.GetRequiredService<IFuseV5Api>();
    }

    /// <summary>The v5 API, logged in on first use.</summary>
    public IFuseV5Api V5 { get; }

    /// <summary>Creates a client; throws <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> for bad options.</summary>
    public static FuseClient Create(Action<FuseClientOptions> configure, ILoggerFactory? loggerFactory = null)
    {
        var services = new ServiceCollection();
        if (loggerFactory is not null)
        {
            services.AddSingleton(loggerFactory);
        }

        services.AddFuseClient(configure);
        var provider = services.BuildServiceProvider();
        _ = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<FuseClientOptions>>().Value;
        return new FuseClient(provider);
    }

    /// <inheritdoc />
    public void Dispose() => _services.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
