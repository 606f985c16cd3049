using AuthClients.Core;
using Microsoft.Extensions.Logging;

namespace AuthClients.Fuse;

/// <summary>Fuse clients for code that does not use dependency injection.</summary>
public static class FuseClient
{
    /// <summary>The v5 client (session login, Auth-Token header); throws <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> for bad options.</summary>
    public static StandaloneClient<IFuseV5Api> Create(Action<FuseClientOptions> configure, ILoggerFactory? loggerFactory = null) =>
        StandaloneClient.Create<IFuseV5Api>(services => services.AddFuseClient(configure), loggerFactory);

    /// <summary>The v4.4-and-below client (token call, auth_token query parameter).</summary>
    public static StandaloneClient<IFuseV4Api> CreateV4(Action<FuseV4ClientOptions> configure, ILoggerFactory? loggerFactory = null) =>
        StandaloneClient.Create<IFuseV4Api>(services => services.AddFuseV4Client(configure), loggerFactory);
}
