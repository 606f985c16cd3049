using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AuthClients.Demo;

/// <summary>A container as an application would build it, sharing the demo's fake clock and log output.</summary>
internal static class DemoServices
{
    public static ServiceProvider Build(TimeProvider clock, ILoggerFactory logging, Action<IServiceCollection> registerClient)
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddSingleton(logging);
        registerClient(services);
        return services.BuildServiceProvider();
    }
}
