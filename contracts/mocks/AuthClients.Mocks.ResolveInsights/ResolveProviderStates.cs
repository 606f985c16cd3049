using AuthClients.Mocks.Hosting.ProviderStates;

namespace AuthClients.Mocks.ResolveInsights;

/// <summary>The provider states the Resolve Insights consumer pact uses, verbatim, and the values each returns.</summary>
public static class ResolveProviderStates
{
    public const string UserExists = "a user demo@resolve.io with password demo-password exists";

    /// <summary>Returns <see cref="RefreshToken"/>: a refresh token a password grant issued to the demo user.</summary>
    public const string RefreshTokenIssued = "demo@resolve.io holds a valid refresh token";

    /// <summary>Returns <see cref="RefreshToken"/>: a refresh token issued to the demo user that has expired.</summary>
    public const string RefreshTokenExpired = "demo@resolve.io holds an expired refresh token";

    /// <summary>Returns <see cref="AccessToken"/>: an unexpired access token issued to the demo user.</summary>
    public const string AccessTokenIssued = "demo@resolve.io holds a valid access token";

    public const string NoAccessTokenIsValid = "no access token is valid";

    /// <summary>The keys of the values the states return, as the pact's expressions name them.</summary>
    public const string AccessToken = "accessToken";

    public const string RefreshToken = "refreshToken";
}

/// <summary>Sets the mock up for each state; tokens are fresh per setup, as the token endpoint would issue them.</summary>
internal sealed class ResolveProviderStateHandler(ResolveMockState state) : IProviderStateHandler
{
    public IReadOnlyDictionary<string, Func<ProviderStateParameters, IReadOnlyDictionary<string, string>>> Setups { get; } =
        new Dictionary<string, Func<ProviderStateParameters, IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal)
        {
            [ResolveProviderStates.UserExists] = _ => ProviderStateValues.None,
            [ResolveProviderStates.RefreshTokenIssued] = _ => ProviderStateValues.Of(ResolveProviderStates.RefreshToken, state.IssueRefresh()),
            [ResolveProviderStates.RefreshTokenExpired] = _ =>
            {
                var token = state.IssueRefresh();
                state.ExpireRefresh(token);
                return ProviderStateValues.Of(ResolveProviderStates.RefreshToken, token);
            },
            [ResolveProviderStates.AccessTokenIssued] = _ => ProviderStateValues.Of(ResolveProviderStates.AccessToken, state.IssueAccess()),
            [ResolveProviderStates.NoAccessTokenIsValid] = _ =>
            {
                state.ExpireAccessTokens();
                return ProviderStateValues.None;
            },
        };

    public void Reset() => state.Reset();
}
