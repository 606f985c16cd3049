using System.Net;
using System.Text.Json;
using AuthClients.Contracts.Tests.Infrastructure;
using AuthClients.PactFfi;
using AuthClients.PactFfi.Generators;
using AuthClients.PactFfi.Matchers;
using AuthClients.ResolveInsights;

namespace AuthClients.Contracts.Tests.ResolveInsights;

/// <summary>
/// What AuthClients.ResolveInsights expects of Resolve Insights (its "Authentication and Access
/// APIs" page and RFC 6749; docs/vendors/resolve-insights.md): the OAuth 2.0 password and
/// refresh grants with the documented client
/// defaults, RFC 6749 §5.2 errors, and the logged-in user detail with a Bearer token. The refresh
/// and access tokens requests carry come from provider states.
/// </summary>
public sealed class ResolveInsightsContract : IConsumerContract
{
    public const string UserExists = "a user demo@resolve.io with password demo-password exists";
    public const string RefreshTokenIssued = "demo@resolve.io holds a valid refresh token";
    public const string RefreshTokenExpired = "demo@resolve.io holds an expired refresh token";
    public const string AccessTokenIssued = "demo@resolve.io holds a valid access token";
    public const string NoAccessTokenIsValid = "no access token is valid";

    private const string FormContentType = "application/x-www-form-urlencoded";

    public string Consumer => "AuthClients.ResolveInsights";

    public string Provider => "ResolveInsights";

    public IReadOnlyDictionary<string, Func<IPactBuilderV4, Func<Uri, Task>>> Interactions { get; } =
        new Dictionary<string, Func<IPactBuilderV4, Func<Uri, Task>>>
        {
            ["password grant"] = PasswordGrant,
            ["password grant with a wrong password"] = WrongPassword,
            ["password grant with a wrong client secret"] = WrongClientSecret,
            ["refresh grant"] = RefreshGrant,
            ["refresh grant with an expired refresh token"] = ExpiredRefreshToken,
            ["logged-in user detail"] = UserDetail,
            ["logged-in user detail with an invalid token"] = UserDetailWithInvalidToken,
        };

    private static object TokenBody() => new
    {
        // The doc types these as String: any string, whatever the server's token format.
        access_token = Match.Type("6b2e0b1e-3f9a-4c6e-9d7a-0c1f5e2a9b10"),
        token_type = "bearer",
        refresh_token = Match.Type("0f8d7c6b-5a49-4382-9170-6e5d4c3b2a19"),
        expires_in = Match.Integer(43199),
        scope = Match.Type("read write trust"),
        // The doc types user as an object of "details about the authenticated user" and names
        // none of its fields, and the client reads none: the pact pins an object, no field in it
        // (pinning one would rely on what the spec, following the doc, does not promise).
        user = new { },
        jti = Match.Type("2c9a1d3e-4b5f-4a6b-8c7d-9e0f1a2b3c4d"),
    };

    private static Func<Uri, Task> PasswordGrant(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a password grant with the documented client defaults")
            .Given(UserExists)
            .WithRequest(HttpMethod.Post, "/oauth/token")
            .WithBody("grant_type=password&username=demo%40resolve.io&password=demo-password&client_id=fixstreamapp&client_secret=fixstream&scope=read+write+trust", FormContentType)
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(TokenBody());

        return async uri =>
        {
            var token = await AuthApi(uri).CreateTokenAsync(Password("demo-password"));
            token.TokenType.ShouldBe("bearer");
            token.ExpiresIn.ShouldBe(43199);
            token.User.ShouldNotBeNull().ValueKind.ShouldBe(JsonValueKind.Object);
        };
    }

    private static Func<Uri, Task> WrongPassword(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a password grant with a wrong password")
            .Given(UserExists)
            .WithRequest(HttpMethod.Post, "/oauth/token")
            .WithBody("grant_type=password&username=demo%40resolve.io&password=not-the-password&client_id=fixstreamapp&client_secret=fixstream&scope=read+write+trust", FormContentType)
            .WillRespond()
            .WithStatus(HttpStatusCode.BadRequest)
            .WithJsonBody(new { error = "invalid_grant", error_description = Match.Type("Bad credentials") });

        return uri => Expect.ApiError(() => AuthApi(uri).CreateTokenAsync(Password("not-the-password")), HttpStatusCode.BadRequest);
    }

    private static Func<Uri, Task> WrongClientSecret(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a password grant with a wrong client secret")
            .Given(UserExists)
            .WithRequest(HttpMethod.Post, "/oauth/token")
            .WithBody("grant_type=password&username=demo%40resolve.io&password=demo-password&client_id=fixstreamapp&client_secret=wrong-secret&scope=read+write+trust", FormContentType)
            .WillRespond()
            .WithStatus(HttpStatusCode.Unauthorized)
            .WithJsonBody(new { error = "invalid_client", error_description = Match.Type("Bad client credentials") });

        return uri => Expect.ApiError(() => AuthApi(uri).CreateTokenAsync(Password("demo-password") with { ClientSecret = "wrong-secret" }), HttpStatusCode.Unauthorized);
    }

    private static Func<Uri, Task> RefreshGrant(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a refresh grant with a valid refresh token")
            .Given(RefreshTokenIssued)
            .WithRequest(HttpMethod.Post, "/oauth/token")
            .WithJsonBody(RefreshForm("valid-refresh-token"), FormContentType)
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(TokenBody());

        return async uri => (await AuthApi(uri).CreateTokenAsync(Refresh("valid-refresh-token"))).AccessToken.ShouldNotBeNullOrEmpty();
    }

    private static Func<Uri, Task> ExpiredRefreshToken(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a refresh grant with an expired refresh token")
            .Given(RefreshTokenExpired)
            .WithRequest(HttpMethod.Post, "/oauth/token")
            .WithJsonBody(RefreshForm("expired-refresh-token"), FormContentType)
            .WillRespond()
            .WithStatus(HttpStatusCode.BadRequest)
            .WithJsonBody(new { error = "invalid_grant", error_description = Match.Type("Invalid refresh token") });

        return uri => Expect.ApiError(() => AuthApi(uri).CreateTokenAsync(Refresh("expired-refresh-token")), HttpStatusCode.BadRequest);
    }

    private static Func<Uri, Task> UserDetail(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a request for the logged-in user's detail")
            .Given(AccessTokenIssued)
            .WithRequest(HttpMethod.Get, "/api/v2/users/loggedIn/detail")
            .WithHeader("Authorization", Generate.ProviderState("Bearer valid-access-token", "Bearer ${accessToken}", "^Bearer \\S+$"))
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new
            {
                name = Match.Type("Demo User"),
                firstName = Match.Type("Demo"),
                lastName = Match.Type("User"),
                emailAddress = Match.Type("demo@resolve.io"),
                userType = Match.Type("LOCAL"),
                defaultOrg = Match.Type("1:Demo Org"),
                defaultSite = Match.MinType("\"1:Demo Org\":\"1:Demo Site\"", 1),
                lastLoginTime = Match.Regex("2026-11-24T10:00:00.000Z", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"),
                group = Match.Type("admin"),
                // Its keys are the customer's organizations: only "an object" is promised.
                orgPrivilegeMap = Match.Type(new Dictionary<string, object>()),
            });

        return async uri =>
        {
            var detail = await Api(uri, "valid-access-token").GetLoggedInUserDetailAsync();
            detail.EmailAddress.ShouldBe("demo@resolve.io");
            detail.DefaultSite!.ShouldNotBeEmpty();
        };
    }

    private static Func<Uri, Task> UserDetailWithInvalidToken(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a request for the logged-in user's detail with an invalid token")
            .Given(NoAccessTokenIsValid)
            .WithRequest(HttpMethod.Get, "/api/v2/users/loggedIn/detail")
            .WithHeader("Authorization", "Bearer revoked-access-token")
            .WillRespond()
            .WithStatus(HttpStatusCode.Unauthorized)
            .WithJsonBody(new { error = "invalid_token", error_description = Match.Type("Invalid access token") });

        return uri => Expect.ApiError(() => Api(uri, "revoked-access-token").GetLoggedInUserDetailAsync(), HttpStatusCode.Unauthorized);
    }

    // The form as the engine takes it (a JSON description of the fields, written form-encoded into the
    // pact): the refresh token is the one the provider state returned; the consumer sends the example.
    private static object RefreshForm(string example) => new
    {
        grant_type = "refresh_token",
        client_id = "fixstreamapp",
        client_secret = "fixstream",
        refresh_token = Generate.ProviderState(example, "${refreshToken}"),
    };

    private static ResolveTokenRequest Password(string password) => new()
    {
        GrantType = "password",
        Username = "demo@resolve.io",
        Password = password,
        ClientId = "fixstreamapp",
        ClientSecret = "fixstream",
        Scope = "read write trust",
    };

    private static ResolveTokenRequest Refresh(string refreshToken) => new()
    {
        GrantType = "refresh_token",
        RefreshToken = refreshToken,
        ClientId = "fixstreamapp",
        ClientSecret = "fixstream",
    };

    // The token calls are on the package's internal IResolveInsightsAuthApi (the session's alone); the pact pins their wire form.
    private static IResolveInsightsAuthApi AuthApi(Uri baseAddress) =>
        Clients.Create<IResolveInsightsAuthApi>(baseAddress, ResolveInsightsJsonContext.CreateRefitSettings());

    private static IResolveInsightsApi Api(Uri baseAddress, string? bearer = null) =>
        Clients.Create<IResolveInsightsApi>(baseAddress, ResolveInsightsJsonContext.CreateRefitSettings(), headers =>
        {
            if (bearer is not null)
            {
                headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
            }
        });
}
