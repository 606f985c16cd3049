using System.Buffers.Text;
using System.Security.Cryptography;
using AuthClients.Mocks.Hosting.ProviderStates;

namespace AuthClients.Mocks.Datarhei;

/// <summary>
/// The provider states the datarhei consumer pact uses, verbatim, and the values each returns.
/// A state whose name ends in "(needs an Auth0 tenant)" can only be set up on a real Core with an
/// Auth0 tenant configured.
/// </summary>
public static class DatarheiProviderStates
{
    public const string UserExists = "a user admin with password datarhei exists";

    /// <summary>Returns <see cref="RefreshToken"/>: a refresh token Core issued to admin (its login's refresh_token).</summary>
    public const string RefreshTokenIssued = "admin holds a valid refresh token";

    /// <summary>Returns <see cref="AccessToken"/>: an unexpired access token Core issued to admin.</summary>
    public const string AccessTokenIssued = "admin holds a valid access token";

    /// <summary>Returns <see cref="AccessToken"/>: an access token Core signed whose exp has passed.</summary>
    public const string AccessTokenExpired = "admin holds an expired access token";

    /// <summary>Returns <see cref="Auth0Token"/>: an access token from Core's Auth0 tenant, of a user Core allows.</summary>
    public const string Auth0TokenAccepted = "an Auth0 access token of an allowed user is accepted (needs an Auth0 tenant)";

    /// <summary>Returns <see cref="Auth0Token"/>: an access token from the tenant of a user Core does not allow.</summary>
    public const string Auth0TokenRefused = "an Auth0 access token of a user Core does not allow is refused (needs an Auth0 tenant)";

    /// <summary>The keys of the values the states return, as the pact's expressions name them.</summary>
    public const string AccessToken = "accessToken";

    public const string RefreshToken = "refreshToken";

    public const string Auth0Token = "auth0Token";
}

/// <summary>Issues fresh tokens per state setup, exactly as Core would have to, and returns them.</summary>
internal sealed class DatarheiProviderStateHandler(DatarheiMockState state) : IProviderStateHandler
{
    public IReadOnlyDictionary<string, Func<ProviderStateParameters, IReadOnlyDictionary<string, string>>> Setups { get; } =
        new Dictionary<string, Func<ProviderStateParameters, IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal)
        {
            [DatarheiProviderStates.UserExists] = _ => ProviderStateValues.None,
            [DatarheiProviderStates.RefreshTokenIssued] = _ =>
                ProviderStateValues.Of(DatarheiProviderStates.RefreshToken, state.Tokens.Issue("refresh", state.Options.RefreshTokenLifetime)),
            [DatarheiProviderStates.AccessTokenIssued] = _ =>
                ProviderStateValues.Of(DatarheiProviderStates.AccessToken, state.Tokens.Issue("access", state.Options.AccessTokenLifetime)),
            [DatarheiProviderStates.AccessTokenExpired] = _ =>
                ProviderStateValues.Of(DatarheiProviderStates.AccessToken, state.Tokens.IssueExpired("access")),
            // Core checks the tenant's issuer and its allowed users; the mock stands in with a list of accepted tokens.
            [DatarheiProviderStates.Auth0TokenAccepted] = _ =>
            {
                var token = Auth0LikeToken();
                state.AcceptAuth0Token(token);
                return ProviderStateValues.Of(DatarheiProviderStates.Auth0Token, token);
            },
            [DatarheiProviderStates.Auth0TokenRefused] = _ =>
            {
                state.ForgetAcceptedAuth0Tokens();
                return ProviderStateValues.Of(DatarheiProviderStates.Auth0Token, Auth0LikeToken());
            },
        };

    public void Reset() => state.Reset();

    // The shape of an Auth0 RS256 access token with a random signature: unique per setup, so only the
    // one this state accepted gets in.
    private static string Auth0LikeToken() =>
        "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2RlbW8uZXUuYXV0aDAuY29tLyIsInN1YiI6ImF1dGgwfGFkbWluIn0."
        + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
