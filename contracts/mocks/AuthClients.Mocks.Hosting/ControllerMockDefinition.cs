using System.Reflection;
using System.Text.Json.Serialization;
using AuthClients.Mocks.Hosting.ProviderStates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.Mocks.Hosting;

/// <summary>
/// A mock made of MVC controllers (the NSwag-generated bases implemented by hand) in one
/// assembly, plus the services they and the provider-state handler need.
/// </summary>
public sealed class ControllerMockDefinition<TStateHandler>(Assembly controllers, Action<IServiceCollection> registerServices) : IMockDefinition
    where TStateHandler : class, IProviderStateHandler
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services)
    {
        registerServices(services);
        services.AddSingleton<IProviderStateHandler, TStateHandler>();
        services.AddControllers()
            // Only this mock's controllers: a process may host several vendor mocks.
            .ConfigureApplicationPartManager(parts =>
            {
                parts.ApplicationParts.Clear();
                parts.ApplicationParts.Add(new AssemblyPart(controllers));
            })
            .AddJsonOptions(json => json.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
    }

    /// <inheritdoc />
    public void MapRoutes(IEndpointRouteBuilder routes) => routes.MapControllers();
}
