using AuthClients.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AuthClients.Saymon;

/// <summary>The SAYMON client for code that does not use dependency injection.</summary>
public static class SaymonClient
{
    /// <summary>Creates the client; throws <see cref="OptionsValidationException"/> for bad options.</summary>
    public static StandaloneClient<ISaymonApi> Create(Action<SaymonClientOptions> configure, ILoggerFactory? loggerFactory = null) =>
        StandaloneClient.Create<ISaymonApi>(services => services.AddSaymonClient(configure), loggerFactory);
}
