using AuthClients.Mocks.Hosting.ProviderStates;

namespace AuthClients.Mocks.Saymon;

/// <summary>The provider states the SAYMON consumer pact uses, verbatim.</summary>
public static class SaymonProviderStates
{
    public const string AdminMayCreateTokens = "an admin with manage-users may create tokens for user 5e21b752308c3c66d64e072c";
    public const string ViewerExists = "a user viewer without manage-users exists";
    public const string NoSuchUser = "no user 000000000000000000000000 exists";
    public const string TokenIsValid = "the API token a5f946dc-4c21-4ccd-b78b-f0a5fce94f4d is valid";
    public const string NoTokenIsValid = "no API token is valid";
}

/// <summary>Sets the mock up for each state. The demo users always exist, so most states only check.</summary>
internal sealed class SaymonProviderStateHandler(SaymonMockState state) : IProviderStateHandler
{
    public IReadOnlyDictionary<string, Action<ProviderStateParameters>> Setups { get; } = new Dictionary<string, Action<ProviderStateParameters>>(StringComparer.Ordinal)
    {
        [SaymonProviderStates.AdminMayCreateTokens] = _ => { },
        [SaymonProviderStates.ViewerExists] = _ => { },
        [SaymonProviderStates.NoSuchUser] = _ => { },
        [SaymonProviderStates.TokenIsValid] = p => state.Issue(
            state.FindById(SaymonMockOptions.AdminId)!,
            p.GetStringOrDefault("token", "a5f946dc-4c21-4ccd-b78b-f0a5fce94f4d")),
        [SaymonProviderStates.NoTokenIsValid] = _ => state.RevokeTokens(),
    };

    public void Reset() => state.Reset();
}
