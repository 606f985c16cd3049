using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AuthClients.Core;

/// <summary>
/// A client for code that does not use dependency injection: the same pipeline a vendor's
/// <c>Add&lt;Vendor&gt;Client</c> registers, in a container this object owns. Options are
/// validated on creation.
/// </summary>
public sealed class StandaloneClient<TApi> : IDisposable, IAsyncDisposable
    where TApi : class
{
    private readonly ServiceProvider _services;

    internal StandaloneClient(ServiceProvider services)
    {
        _services = services;
        Api = services.GetRequiredService<TApi>();
    }

    /// <summary>The generated API, logged in on first use.</summary>
    public TApi Api { get; }

    /// <summary>The session behind <see cref="Api"/> (its token lifecycle: login and refresh counts, invalidation).</summary>
    public AuthSession Session => _services.GetKeyedServices<AuthSession>(KeyedService.AnyKey).Single();

    /// <inheritdoc />
    public void Dispose() => _services.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

/// <summary>Creates <see cref="StandaloneClient{TApi}"/> instances.</summary>
public static class StandaloneClient
{
    /// <summary>Builds the container with <paramref name="register"/> and validates the options it registered.</summary>
    public static StandaloneClient<TApi> Create<TApi>(Action<IServiceCollection> register, ILoggerFactory? loggerFactory = null)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(register);
        var services = new ServiceCollection();
        if (loggerFactory is not null)
        {
            services.AddSingleton(loggerFactory);
        }

        register(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        try
        {
            // Runs the ValidateOnStart validators, as a host would at start-up.
            provider.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
            return new StandaloneClient<TApi>(provider);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

}
