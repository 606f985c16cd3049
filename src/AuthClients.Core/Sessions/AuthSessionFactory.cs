using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AuthClients.Core;

/// <summary>
/// Builds sessions of one vendor from its definition and options, in one direction: secrets →
/// error translator → token clients → the vendor's endpoint → token session. Named instances
/// and runtime tenants are built here alike.
/// </summary>
internal sealed class AuthSessionFactory<TOptions>(AuthClientDefinition<TOptions> definition, TimeProvider time, ILoggerFactory? loggerFactory, AuthClientsTelemetry? telemetry = null)
    where TOptions : AuthClientOptions
{
    private readonly AuthClientOptionsValidator<TOptions> _validator = new(definition);

    /// <summary>A session for <paramref name="name"/>; <paramref name="createTokenHttpClient"/> gives the plain clients of its token calls.</summary>
    public AuthSession Create(string name, TOptions options, Func<HttpClient> createTokenHttpClient, ITokenSharing? sharing = null)
    {
        var secrets = new SessionSecrets();
        secrets.SetConfigured(definition.Secrets(options));
        var translator = new ApiErrorTranslator(definition.Vendor, definition.ReadError, secrets.All, definition.Redactor);
        var tokenClients = new TokenClients(createTokenHttpClient, translator.Configure(definition.GeneratedSettings()));
        var tokens = new TokenSession(
            definition.TokenEndpoint(options, tokenClients, time),
            TokenSessionOptions.From(options),
            time,
            loggerFactory?.CreateLogger<TokenSession>(),
            secrets,
            new SessionTelemetry(telemetry ?? AuthClientsTelemetry.Shared, definition.Vendor, name),
            sharing,
            Identity(name, options));
        return new AuthSession(name, definition.Vendor, definition.Placement, options.ResolveBaseAddress()!, tokens, translator, secrets)
        {
            TokenClients = tokenClients,
        };
    }

    /// <summary>Points <paramref name="session"/> at new options: the next call logs in with them.</summary>
    public void Reconfigure(AuthSession session, TOptions options) =>
        session.Reconfigure(
            options.ResolveBaseAddress()!,
            definition.Secrets(options),
            definition.TokenEndpoint(options, session.TokenClients!, time),
            TokenSessionOptions.From(options),
            Identity(session.Name, options));

    /// <summary>What names the session beyond this process: client, session, instance, account.</summary>
    public SessionIdentity Identity(string name, TOptions options) =>
        new(definition.Name, name, options.ResolveBaseAddress()!, definition.UserName(options));

    /// <summary>Throws <see cref="OptionsValidationException"/> naming the instance when <paramref name="options"/> are not usable.</summary>
    public void Validate(string name, TOptions options)
    {
        var result = _validator.Validate(name, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(name, typeof(TOptions), result.Failures);
        }
    }
}
