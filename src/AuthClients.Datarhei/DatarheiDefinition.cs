using AuthClients.Core;

namespace AuthClients.Datarhei;

/// <summary>datarhei Core as data: JWT login and refresh, Bearer, its error body, its option checks.</summary>
internal static class DatarheiDefinition
{
    private static readonly TimeSpan FailedLoginBrake = TimeSpan.FromSeconds(5);

    public static AuthClientDefinition<DatarheiClientOptions> Instance { get; } = new()
    {
        Name = "AuthClients.Datarhei",
        Vendor = "datarhei Core",
        Placement = TokenPlacement.Bearer(),
        GeneratedSettings = DatarheiJsonContext.CreateRefitSettings,
        ReadError = DatarheiErrorReader.Read,
        TokenEndpoint = static (options, clients, time) => new DatarheiTokenEndpoint(clients, options, time),
        UserName = static options => options.Username,
        Secrets = static options => [options.Password, options.Auth0AccessToken],
        Validate = Validate,
    };

    private static IEnumerable<string> Validate(DatarheiClientOptions options)
    {
        var hasPassword = !string.IsNullOrWhiteSpace(options.Username) && !string.IsNullOrEmpty(options.Password);
        if (!hasPassword && string.IsNullOrEmpty(options.Auth0AccessToken))
        {
            yield return "Set DatarheiClientOptions.Username and Password (api.auth.username/password of the Core), or Auth0AccessToken.";
        }

        if (options.Timeout <= FailedLoginBrake)
        {
            yield return $"DatarheiClientOptions.Timeout ({options.Timeout.TotalSeconds:0.#} s) must exceed the Core's 5-second brake on failed logins, or a wrong password shows up as a timeout.";
        }
    }
}
