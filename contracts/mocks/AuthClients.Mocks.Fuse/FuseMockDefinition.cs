using System.Text.Json.Serialization;
using AuthClients.Mocks.Hosting;
using AuthClients.Mocks.Hosting.ProviderStates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Routing;

namespace AuthClients.Mocks.Fuse;

/// <summary>Plugs the Fuse mock into the shared host: its state, controller and provider states.</summary>
internal sealed class FuseMockDefinition(FuseMockOptions options) : IMockDefinition
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(options);
        services.AddSingleton(new FuseCounters(new RequestCounters()));
        services.AddSingleton<FuseMockState>();
        services.AddSingleton<IProviderStateHandler, FuseProviderStateHandler>();

        services.AddControllers()
            // Only this assembly's controllers: a test process may load several vendor mocks,
            // and MVC's default discovery would put every one's routes on every host.
            .ConfigureApplicationPartManager(parts =>
            {
                parts.ApplicationParts.Clear();
                parts.ApplicationParts.Add(new AssemblyPart(typeof(FuseController).Assembly));
            })
            // Names come from the [JsonPropertyName] NSwag emits (snake_case). Optional fields
            // the mock has no value for are left out rather than sent as null.
            .AddJsonOptions(json => json.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
    }

    public void MapRoutes(IEndpointRouteBuilder routes) => routes.MapControllers();
}
