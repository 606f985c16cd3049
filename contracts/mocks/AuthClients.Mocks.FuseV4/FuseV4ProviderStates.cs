using AuthClients.Mocks.Hosting.ProviderStates;

namespace AuthClients.Mocks.FuseV4;

/// <summary>The provider states the Fuse v4 consumer pact uses, verbatim, and the values each returns.</summary>
public static class FuseV4ProviderStates
{
    public const string UserExists = "a user demo.user with password demo-password exists";

    /// <summary>Returns <see cref="AuthToken"/>: a token the token call issued to demo.user.</summary>
    public const string TokenIsValid = "demo.user holds a valid v4 auth token";

    /// <summary>Returns <see cref="AuthToken"/>: a token issued to demo.user that Fuse has since renewed away.</summary>
    public const string TokenHasExpired = "demo.user holds an expired v4 auth token";

    /// <summary>The key of the token in the state-change response, as the pact's expressions name it.</summary>
    public const string AuthToken = "authToken";
}

/// <summary>Sets the mock up for each state; the demo user always exists. Tokens are fresh per setup.</summary>
internal sealed class FuseV4ProviderStateHandler(FuseV4MockState state) : IProviderStateHandler
{
    public IReadOnlyDictionary<string, Func<ProviderStateParameters, IReadOnlyDictionary<string, string>>> Setups { get; } =
        new Dictionary<string, Func<ProviderStateParameters, IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal)
        {
            [FuseV4ProviderStates.UserExists] = _ => ProviderStateValues.None,
            [FuseV4ProviderStates.TokenIsValid] = _ => ProviderStateValues.Of(FuseV4ProviderStates.AuthToken, state.Issue(state.Demo)),
            [FuseV4ProviderStates.TokenHasExpired] = _ =>
            {
                var token = state.Issue(state.Demo);
                state.Expire(token);
                return ProviderStateValues.Of(FuseV4ProviderStates.AuthToken, token);
            },
        };

    public void Reset() => state.Reset();
}
