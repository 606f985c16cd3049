using AuthClients.Mocks.Hosting.ProviderStates;

namespace AuthClients.Mocks.Saymon;

/// <summary>The provider states the SAYMON consumer pact uses, verbatim, and the values each returns.</summary>
public static class SaymonProviderStates
{
    /// <summary>Returns <see cref="UserId"/>: the id SAYMON gave the user tokens are created for.</summary>
    public const string AdminMayCreateTokens = "a user admin with password admin-password and manage-users may create tokens for another user";

    public const string ViewerExists = "a user viewer with password viewer-password without manage-users exists";
    public const string NoSuchUser = "no user 000000000000000000000000 exists";

    /// <summary>Returns <see cref="ApiToken"/>: an API token SAYMON created for admin.</summary>
    public const string TokenIsValid = "admin holds a valid API token";

    public const string NoTokenIsValid = "no API token is valid";

    /// <summary>The keys of the values the states return, as the pact's expressions name them.</summary>
    public const string UserId = "userId";

    public const string ApiToken = "apiToken";
}

/// <summary>Sets the mock up for each state. The demo users always exist; ids and tokens are fresh per setup.</summary>
internal sealed class SaymonProviderStateHandler(SaymonMockState state) : IProviderStateHandler
{
    public IReadOnlyDictionary<string, Func<ProviderStateParameters, IReadOnlyDictionary<string, string>>> Setups { get; } =
        new Dictionary<string, Func<ProviderStateParameters, IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal)
        {
            [SaymonProviderStates.AdminMayCreateTokens] = _ => ProviderStateValues.Of(SaymonProviderStates.UserId, state.AddUser("operator").Id),
            [SaymonProviderStates.ViewerExists] = _ => ProviderStateValues.None,
            [SaymonProviderStates.NoSuchUser] = _ => ProviderStateValues.None,
            [SaymonProviderStates.TokenIsValid] = _ =>
                ProviderStateValues.Of(SaymonProviderStates.ApiToken, state.Issue(state.FindById(SaymonMockOptions.AdminId)!)),
            [SaymonProviderStates.NoTokenIsValid] = _ =>
            {
                state.RevokeTokens();
                return ProviderStateValues.None;
            },
        };

    public void Reset() => state.Reset();
}
