using AuthClients.Mocks.Hosting.ProviderStates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AuthClients.Mocks.Hosting;

/// <summary>
/// Builds the web application a vendor mock runs in, the same way whether it is started
/// standalone (<c>dotnet run -- --urls http://127.0.0.1:PORT</c>) or in-process by
/// <see cref="MockHost"/>.
/// </summary>
public static class MockApplication
{
    /// <summary>Where a mock listens when no <c>--urls</c> is given: loopback, a free port.</summary>
    public const string DefaultUrl = "http://127.0.0.1:0";

    /// <summary>
    /// Builds a mock for a standalone run: honours <c>--urls</c> (and the other usual
    /// host settings from <paramref name="args"/>), and listens on <see cref="DefaultUrl"/>
    /// when no address is configured.
    /// </summary>
    public static WebApplication BuildStandalone(IMockDefinition definition, string[] args)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var builder = CreateBuilder(definition, args);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Keep "Now listening on" and the provider state lines; per-request framework chatter drowns them.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        return Build(definition, builder);
    }

    /// <summary>
    /// Builds a mock for an in-process run: always <see cref="DefaultUrl"/>, whatever the
    /// environment says, and quiet logging so test output stays readable.
    /// </summary>
    internal static WebApplication BuildInProcess(IMockDefinition definition)
    {
        var builder = CreateBuilder(definition, args: []);
        builder.WebHost.UseUrls(DefaultUrl);
        // Container images set ASPNETCORE_HTTP_PORTS; the URL above wins anyway, this only spares the warning.
        builder.WebHost.UseSetting(WebHostDefaults.HttpPortsKey, string.Empty);
        builder.WebHost.UseSetting(WebHostDefaults.HttpsPortsKey, string.Empty);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return Build(definition, builder);
    }

    private static WebApplicationBuilder CreateBuilder(IMockDefinition definition, string[] args) =>
        // Slim: no HTTPS, IIS or hosting-startup assemblies; a mock needs none of them.
        // ApplicationName is the vendor's assembly, not the test assembly that may host it.
        WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = definition.GetType().Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

    private static WebApplication Build(IMockDefinition definition, WebApplicationBuilder builder)
    {
        definition.ConfigureServices(builder.Services);
        var app = builder.Build();
        app.MapProviderStates();
        definition.MapRoutes(app);
        return app;
    }
}
