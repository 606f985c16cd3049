using AuthClients.Mocks.Hosting.ProviderStates;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.Mocks.Hosting;

/// <summary>
/// What one vendor mock adds to the shared host: its services and its routes. The host adds
/// the rest (loopback binding, <c>POST /provider-states</c>), so a vendor mock holds only
/// the vendor's behaviour.
/// </summary>
/// <remarks>
/// The services must include exactly one <see cref="IProviderStateHandler"/>: the provider
/// state endpoint dispatches to it.
/// </remarks>
public interface IMockDefinition
{
    /// <summary>Registers the vendor's services, including its <see cref="IProviderStateHandler"/>.</summary>
    void ConfigureServices(IServiceCollection services);

    /// <summary>Maps the vendor's routes (for example its controllers).</summary>
    void MapRoutes(IEndpointRouteBuilder routes);
}
