using AuthClients.Mocks.Hosting.ProviderStates;

namespace AuthClients.Mocks.Fuse;

/// <summary>Sets up the <see cref="FuseProviderStates"/> on the mock's accounts and tokens.</summary>
internal sealed class FuseProviderStateHandler : IProviderStateHandler
{
    private readonly FuseMockState _state;

    public FuseProviderStateHandler(FuseMockState state)
    {
        _state = state;
        Setups = new Dictionary<string, Func<ProviderStateParameters, IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal)
        {
            [FuseProviderStates.UserExists] = parameters => AddUser(User(parameters)),
            [FuseProviderStates.UserMustChangePassword] = parameters => AddUser(User(parameters).MustChangePassword()),
            [FuseProviderStates.ValidTokenExists] = SetUpValidToken,
            [FuseProviderStates.TokenExpired] = SetUpExpiredToken,
        };
    }

    public IReadOnlyDictionary<string, Func<ProviderStateParameters, IReadOnlyDictionary<string, string>>> Setups { get; }

    public void Reset() => _state.Reset();

    private IReadOnlyDictionary<string, string> AddUser(FuseMockUser user)
    {
        _state.Accounts.AddOrReplace(user);
        return ProviderStateValues.None;
    }

    // The user the parameters name, with the password they give (the demo user's by default).
    private FuseMockUser User(ProviderStateParameters parameters)
    {
        var loginName = parameters.GetStringOrDefault(FuseProviderStates.LoginNameParameter, FuseMockUser.DemoLoginName);
        var password = parameters.GetStringOrDefault(FuseProviderStates.PasswordParameter, FuseMockUser.DemoPassword);
        return KnownUser(loginName)?.WithPassword(password)
            ?? new FuseMockUser(loginName, password) { Id = _state.Accounts.NextId() };
    }

    // A fresh token per setup, as a session would issue it: a pact that fixed one would fail here.
    private IReadOnlyDictionary<string, string> SetUpValidToken(ProviderStateParameters parameters) =>
        ProviderStateValues.Of(FuseProviderStates.AuthTokenValue, _state.Tokens.Issue(Owner(parameters)).Value);

    private IReadOnlyDictionary<string, string> SetUpExpiredToken(ProviderStateParameters parameters)
    {
        var token = _state.Tokens.Issue(Owner(parameters)).Value;
        _state.Tokens.Invalidate(token);
        return ProviderStateValues.Of(FuseProviderStates.AuthTokenValue, token);
    }

    private FuseMockUser Owner(ProviderStateParameters parameters)
    {
        var loginName = parameters.GetStringOrDefault(FuseProviderStates.LoginNameParameter, FuseMockUser.DemoLoginName);
        var owner = KnownUser(loginName);
        if (owner is null)
        {
            owner = new FuseMockUser(loginName, FuseMockUser.DemoPassword) { Id = _state.Accounts.NextId() };
            _state.Accounts.AddOrReplace(owner);
        }

        return owner;
    }

    // The demo user counts as known even when options or an earlier state left it out.
    private FuseMockUser? KnownUser(string loginName) =>
        _state.Accounts.FindByLoginName(loginName)
        ?? (FuseMockUser.Demo.IsNamed(loginName) ? FuseMockUser.Demo : null);
}
