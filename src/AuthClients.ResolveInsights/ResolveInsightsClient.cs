using AuthClients.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AuthClients.ResolveInsights;

/// <summary>The Resolve Insights client for code that does not use dependency injection.</summary>
public static class ResolveInsightsClient
{
    /// <summary>Creates the client; throws <see cref="OptionsValidationException"/> for bad options.</summary>
    public static StandaloneClient<IResolveInsightsApi> Create(Action<ResolveInsightsClientOptions> configure, ILoggerFactory? loggerFactory = null) =>
        StandaloneClient.Create<IResolveInsightsApi>(services => services.AddResolveInsightsClient(configure), loggerFactory);
}
