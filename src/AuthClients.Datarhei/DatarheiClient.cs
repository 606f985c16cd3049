using AuthClients.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AuthClients.Datarhei;

/// <summary>The datarhei Core client for code that does not use dependency injection.</summary>
public static class DatarheiClient
{
    /// <summary>Creates the client; throws <see cref="OptionsValidationException"/> for bad options.</summary>
    public static StandaloneClient<IDatarheiApi> Create(Action<DatarheiClientOptions> configure, ILoggerFactory? loggerFactory = null) =>
        StandaloneClient.Create<IDatarheiApi>(services => services.AddDatarheiClient(configure), loggerFactory);
}
