using AuthClients.Mocks.Hosting.ProviderStates;

namespace AuthClients.Mocks.FuseV4;

/// <summary>The provider states the Fuse v4 consumer pact uses, verbatim.</summary>
public static class FuseV4ProviderStates
{
    public const string UserExists = "a user demo.user with password demo-password exists";
    public const string TokenIsValid = "a valid v4 auth token Rn26mdxAs1_jjzVt__ySga exists";
    public const string TokenHasExpired = "the v4 auth token has expired";
}

/// <summary>Sets the mock up for each state; the demo user always exists.</summary>
internal sealed class FuseV4ProviderStateHandler(FuseV4MockState state) : IProviderStateHandler
{
    public IReadOnlyDictionary<string, Action<ProviderStateParameters>> Setups { get; } = new Dictionary<string, Action<ProviderStateParameters>>(StringComparer.Ordinal)
    {
        [FuseV4ProviderStates.UserExists] = _ => { },
        [FuseV4ProviderStates.TokenIsValid] = p => state.Issue(state.Demo, p.GetStringOrDefault("token", "Rn26mdxAs1_jjzVt__ySga")),
        // An expired token is one the mock no longer knows; the state names it so it is gone for sure.
        [FuseV4ProviderStates.TokenHasExpired] = p => state.Expire(p.GetStringOrDefault("token", "expired-jjzVt__ySga")),
    };

    public void Reset() => state.Reset();
}
