using AuthClients.Mocks.Hosting.ProviderStates;

namespace AuthClients.Mocks.Fuse;

/// <summary>Sets up the <see cref="FuseProviderStates"/> on the mock's accounts and tokens.</summary>
internal sealed class FuseProviderStateHandler : IProviderStateHandler
{
    private readonly FuseMockState _state;

    public FuseProviderStateHandler(FuseMockState state)
    {
        _state = state;
        Setups = new Dictionary<string, Action<ProviderStateParameters>>(StringComparer.Ordinal)
        {
            [FuseProviderStates.UserExists] = parameters => _state.Accounts.AddOrReplace(User(parameters)),
            [FuseProviderStates.UserMustChangePassword] = parameters => _state.Accounts.AddOrReplace(User(parameters).MustChangePassword()),
            [FuseProviderStates.ValidTokenExists] = SetUpValidToken,
            [FuseProviderStates.TokenExpired] = SetUpExpiredToken,
        };
    }

    public IReadOnlyDictionary<string, Action<ProviderStateParameters>> Setups { get; }

    public void Reset() => _state.Reset();

    // The user the parameters name, with the password they give (the demo user's by default).
    private FuseMockUser User(ProviderStateParameters parameters)
    {
        var loginName = parameters.GetStringOrDefault(FuseProviderStates.LoginNameParameter, FuseMockUser.DemoLoginName);
        var password = parameters.GetStringOrDefault(FuseProviderStates.PasswordParameter, FuseMockUser.DemoPassword);
        return KnownUser(loginName)?.WithPassword(password)
            ?? new FuseMockUser(loginName, password) { Id = _state.Accounts.NextId() };
    }

    private void SetUpValidToken(ProviderStateParameters parameters)
    {
        var token = parameters.GetStringOrDefault(FuseProviderStates.TokenParameter, FuseProviderStates.ExampleToken);
        var loginName = parameters.GetStringOrDefault(FuseProviderStates.LoginNameParameter, FuseMockUser.DemoLoginName);
        var owner = KnownUser(loginName);
        if (owner is null)
        {
            owner = new FuseMockUser(loginName, FuseMockUser.DemoPassword) { Id = _state.Accounts.NextId() };
            _state.Accounts.AddOrReplace(owner);
        }

        _state.Tokens.Register(token, owner);
    }

    private void SetUpExpiredToken(ProviderStateParameters parameters)
    {
        // Active, not assumed: a verifier without teardown may have made this token valid earlier.
        if (parameters.GetString(FuseProviderStates.TokenParameter) is { Length: > 0 } token)
        {
            _state.Tokens.Invalidate(token);
        }
        else
        {
            _state.Tokens.RotateAll();
        }
    }

    // The demo user counts as known even when options or an earlier state left it out.
    private FuseMockUser? KnownUser(string loginName) =>
        _state.Accounts.FindByLoginName(loginName)
        ?? (FuseMockUser.Demo.IsNamed(loginName) ? FuseMockUser.Demo : null);
}
