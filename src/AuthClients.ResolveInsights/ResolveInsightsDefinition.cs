using AuthClients.Core;

namespace AuthClients.ResolveInsights;

/// <summary>Resolve Insights as data: OAuth 2.0 grants, Bearer, RFC 6749 errors, its option checks.</summary>
internal static class ResolveInsightsDefinition
{
    public static AuthClientDefinition<ResolveInsightsClientOptions> Instance { get; } = new()
    {
        Name = "AuthClients.ResolveInsights",
        Vendor = "Resolve Insights",
        Placement = TokenPlacement.Bearer(),
        GeneratedSettings = ResolveInsightsJsonContext.CreateRefitSettings,
        ReadError = OAuthErrorReader.Read,
        TokenEndpoint = static (options, clients, time) => new ResolveInsightsTokenEndpoint(clients, options, time),
        UserName = static options => options.Username,
        Secrets = static options => [options.Password, options.ClientSecret],
        Validate = Validate,
    };

    private static IEnumerable<string> Validate(ResolveInsightsClientOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Username) || string.IsNullOrEmpty(options.Password))
        {
            yield return "Set ResolveInsightsClientOptions.Username and Password.";
        }

        if (string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrEmpty(options.ClientSecret))
        {
            yield return "ResolveInsightsClientOptions.ClientId and ClientSecret must not be empty (documented defaults: fixstreamapp / fixstream).";
        }
    }
}
