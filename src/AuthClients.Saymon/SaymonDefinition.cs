using AuthClients.Core;

namespace AuthClients.Saymon;

/// <summary>SAYMON as data: token creation, the api-token query parameter, its error body, its option checks.</summary>
internal static class SaymonDefinition
{
    public static AuthClientDefinition<SaymonClientOptions> Instance { get; } = new()
    {
        Name = "AuthClients.Saymon",
        Vendor = "SAYMON",
        Placement = TokenPlacement.Query("api-token"),
        GeneratedSettings = SaymonJsonContext.CreateRefitSettings,
        ReadError = SaymonErrorReader.Read,
        TokenEndpoint = static (options, clients, _) => new SaymonTokenEndpoint(clients, options),
        UserName = static options => options.Login,
        Secrets = static options => [options.Password],
        Validate = Validate,
        SecretNames = ["api-token"],
    };

    private static IEnumerable<string> Validate(SaymonClientOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Login) || string.IsNullOrEmpty(options.Password))
        {
            yield return "Set SaymonClientOptions.Login and Password (an account with the manage-users permission).";
        }

        if (string.IsNullOrWhiteSpace(options.UserId))
        {
            yield return "Set SaymonClientOptions.UserId (the user the token is created for).";
        }
    }
}
