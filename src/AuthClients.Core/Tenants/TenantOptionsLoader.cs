namespace AuthClients.Core;

/// <summary>Loads a tenant's options (credentials from a database, a secret store) when its session is first needed.</summary>
/// <typeparam name="TOptions">The vendor's options.</typeparam>
/// <param name="services">The application's services.</param>
/// <param name="tenant">The tenant key given to <see cref="AuthClientTenants{TApi}.GetAsync"/>.</param>
/// <param name="cancellationToken">The caller's cancellation.</param>
public delegate ValueTask<TOptions> TenantOptionsLoader<TOptions>(IServiceProvider services, string tenant, CancellationToken cancellationToken)
    where TOptions : AuthClientOptions;
