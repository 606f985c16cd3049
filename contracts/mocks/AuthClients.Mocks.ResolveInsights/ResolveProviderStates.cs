using AuthClients.Mocks.Hosting.ProviderStates;

namespace AuthClients.Mocks.ResolveInsights;

/// <summary>The provider states the Resolve Insights consumer pact uses, verbatim.</summary>
public static class ResolveProviderStates
{
    public const string UserExists = "a user demo@resolve.io with password demo-password exists";
    public const string RefreshTokenIssued = "a refresh token valid-refresh-token was issued";
    public const string RefreshTokenExpired = "the refresh token expired-refresh-token has expired";
    public const string AccessTokenIssued = "an access token valid-access-token was issued";
    public const string NoAccessTokenIsValid = "no access token is valid";
}

/// <summary>Sets the mock up for each state; tokens named by a pact are registered verbatim.</summary>
internal sealed class ResolveProviderStateHandler(ResolveMockState state) : IProviderStateHandler
{
    public IReadOnlyDictionary<string, Action<ProviderStateParameters>> Setups { get; } = new Dictionary<string, Action<ProviderStateParameters>>(StringComparer.Ordinal)
    {
        [ResolveProviderStates.UserExists] = _ => { },
        [ResolveProviderStates.RefreshTokenIssued] = p => state.IssueRefresh(p.GetStringOrDefault("refresh_token", "valid-refresh-token")),
        [ResolveProviderStates.RefreshTokenExpired] = p => state.ExpireRefresh(p.GetStringOrDefault("refresh_token", "expired-refresh-token")),
        [ResolveProviderStates.AccessTokenIssued] = p => state.IssueAccess(p.GetStringOrDefault("token", "valid-access-token")),
        [ResolveProviderStates.NoAccessTokenIsValid] = _ => state.ExpireAccessTokens(),
    };

    public void Reset() => state.Reset();
}
