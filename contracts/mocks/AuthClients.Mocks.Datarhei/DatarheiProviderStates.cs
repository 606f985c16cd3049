using AuthClients.Mocks.Hosting.ProviderStates;

namespace AuthClients.Mocks.Datarhei;

/// <summary>The provider states the datarhei consumer pact uses, verbatim.</summary>
public static class DatarheiProviderStates
{
    public const string UserExists = "a user admin with password datarhei exists";
    public const string RefreshTokenIsValid = "the refresh token is valid";
    public const string AccessTokenIsValid = "the access token is valid";
    public const string AccessTokenExpired = "the access token has expired";
    public const string AccessTokenUsedAsRefresh = "an access token is used as refresh token";
    public const string Auth0TokenAccepted = "an Auth0 access token of an allowed user is accepted";
    public const string Auth0TokenRefused = "the Auth0 access token is not accepted";
}

/// <summary>The pact's tokens are the document's sample JWTs: registered verbatim by these states.</summary>
internal sealed class DatarheiProviderStateHandler(DatarheiMockState state) : IProviderStateHandler
{
    public IReadOnlyDictionary<string, Action<ProviderStateParameters>> Setups { get; } = new Dictionary<string, Action<ProviderStateParameters>>(StringComparer.Ordinal)
    {
        [DatarheiProviderStates.UserExists] = _ => { },
        [DatarheiProviderStates.RefreshTokenIsValid] = p => Register(state, p, "refresh"),
        [DatarheiProviderStates.AccessTokenIsValid] = p => Register(state, p, "access"),
        [DatarheiProviderStates.AccessTokenExpired] = p => Register(state, p, use: null),
        [DatarheiProviderStates.AccessTokenUsedAsRefresh] = p => Register(state, p, "access"),
        // Core checks the tenant's issuer and the allowed users; the mock keeps a list of accepted tokens.
        [DatarheiProviderStates.Auth0TokenAccepted] = p =>
        {
            if (p.GetString("token") is { Length: > 0 } token)
            {
                state.AcceptAuth0Token(token);
            }
        },
        [DatarheiProviderStates.Auth0TokenRefused] = _ => state.ForgetAcceptedAuth0Tokens(),
    };

    public void Reset() => state.Reset();

    private static void Register(DatarheiMockState state, ProviderStateParameters parameters, string? use)
    {
        if (parameters.GetString("token") is { Length: > 0 } token)
        {
            state.Tokens.Register(token, use);
        }
    }
}
