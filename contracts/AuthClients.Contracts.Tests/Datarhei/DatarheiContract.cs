using System.Net;
using AuthClients.Contracts.Tests.Infrastructure;
using AuthClients.Datarhei;
using AuthClients.PactFfi;
using AuthClients.PactFfi.Generators;
using AuthClients.PactFfi.Matchers;

namespace AuthClients.Contracts.Tests.Datarhei;

/// <summary>
/// What AuthClients.Datarhei expects of datarhei Core (its "Login" page,
/// https://docs.datarhei.com/core/api/login, and the behaviour read from Core's source; both in
/// docs/vendors/datarhei-core.md): JWT login, refresh with the refresh token as Bearer, /api/v3
/// with the access token, and the {"code","message","details"} error.
/// Every token a request carries comes from a provider state (Pact's provider-state-injected values):
/// the consumer tests send the document's own sample JWTs, and a verifier sends what the provider's
/// state setup returned, so a real Core that implements the states passes.
/// </summary>
public sealed class DatarheiContract : IConsumerContract
{
    public const string UserExists = "a user admin with password datarhei exists";
    public const string RefreshTokenIssued = "admin holds a valid refresh token";
    public const string AccessTokenIssued = "admin holds a valid access token";
    public const string AccessTokenExpired = "admin holds an expired access token";
    public const string Auth0TokenAccepted = "an Auth0 access token of an allowed user is accepted (needs an Auth0 tenant)";
    public const string Auth0TokenRefused = "an Auth0 access token of a user Core does not allow is refused (needs an Auth0 tenant)";

    // A stand-in Auth0 access token (RS256 header, an Auth0 issuer and subject); only its
    // presence as Bearer with no body matters to this contract.
    private const string Auth0Token = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2RlbW8uZXUuYXV0aDAuY29tLyIsInN1YiI6ImF1dGgwfGFkbWluIiwiYXVkIjoiaHR0cHM6Ly9jb3JlLmV4YW1wbGUvYXBpIn0.c2lnbmF0dXJl";

    // From the document: a refresh token (usefor refresh, exi 86400) and an access token (usefor access, exi 600).
    private const string DocRefreshToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleGkiOjg2NDAwLCJleHAiOjE2NzA1Mjc2MjUsImlhdCI6MTY3MDQ0MTIyNSwiaXNzIjoiZGF0YXJoZWktY29yZSIsImp0aSI6IjczM2Q4Y2UxLTY3YjEtNDM3Yy04YzQ1LTM3Yjg4MmZjMWExZiIsInN1YiI6ImFkbWluIiwidXNlZm9yIjoicmVmcmVzaCJ9.3lqZFJeN7ILfM4DTi0-ZJ7kAzqTMR-yRgRl3o89O-jY";
    private const string DocAccessToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleGkiOjYwMCwiZXhwIjoxNjcwNDQxODI1LCJpYXQiOjE2NzA0NDEyMjUsImlzcyI6ImRhdGFyaGVpLWNvcmUiLCJqdGkiOiJhZWU4OTZhNS05ZThhLTRlMGQtYjk4Zi01NTA3NTUwNzA2YzUiLCJzdWIiOiJhZG1pbiIsInVzZWZvciI6ImFjY2VzcyJ9.xrnIfNZU9Z0nrUxYddpPQOMO7ypHA2vuqrYuAr95elg";
    private const string Jwt = "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$";
    private const string BearerJwt = "^Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$";
    private const string InvalidJwt = "Missing or invalid JWT token";

    public string Consumer => "AuthClients.Datarhei";

    public string Provider => "DatarheiCore";

    public IReadOnlyDictionary<string, Func<IPactBuilderV4, Func<Uri, Task>>> Interactions { get; } =
        new Dictionary<string, Func<IPactBuilderV4, Func<Uri, Task>>>
        {
            ["login"] = Login,
            ["login with a wrong password"] = WrongPassword,
            ["login without credentials"] = MissingCredentials,
            ["login with an Auth0 token"] = Auth0Login,
            ["login with a refused Auth0 token"] = Auth0LoginRefused,
            ["refresh"] = Refresh,
            ["refresh with an access token"] = RefreshWithAccessToken,
            ["filesystems with a valid access token"] = Filesystems,
            ["filesystems with an expired access token"] = FilesystemsWithExpiredToken,
            ["about without a token"] = About,
        };

    private static Func<Uri, Task> Login(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a login with username and password")
            .Given(UserExists)
            .WithRequest(HttpMethod.Post, "/api/login")
            .WithJsonBody(new { username = "admin", password = "datarhei" })
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new { access_token = Match.Regex(DocAccessToken, Jwt), refresh_token = Match.Regex(DocRefreshToken, Jwt) });

        return async uri =>
        {
            var pair = await AuthApi(uri).LoginAsync(new DatarheiLoginRequest { Username = "admin", Password = "datarhei" });
            AuthClients.Core.TokenExpiry.Claim(pair.RefreshToken, "usefor").ShouldBe("refresh");
        };
    }

    private static Func<Uri, Task> WrongPassword(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a login with a wrong password")
            .Given(UserExists)
            .WithRequest(HttpMethod.Post, "/api/login")
            .WithJsonBody(new { username = "admin", password = "not-the-password" })
            .WillRespond()
            .WithStatus(HttpStatusCode.Unauthorized)
            .WithJsonBody(new { code = 401, message = "Unauthorized", details = Match.MinType("Invalid authorization credentials: invalid username or password", 1) });

        return uri => Expect.ApiError(() => AuthApi(uri).LoginAsync(new DatarheiLoginRequest { Username = "admin", Password = "not-the-password" }), HttpStatusCode.Unauthorized);
    }

    private static Func<Uri, Task> MissingCredentials(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a login without credentials")
            .Given(UserExists)
            .WithRequest(HttpMethod.Post, "/api/login")
            .WillRespond()
            .WithStatus(HttpStatusCode.BadRequest)
            .WithJsonBody(new { code = 400, message = "Bad Request", details = Match.MinType("Missing authorization credentials", 1) });

        return uri => Expect.ApiError(() => AuthApi(uri).LoginAsync(), HttpStatusCode.BadRequest);
    }

    private static Func<Uri, Task> Auth0Login(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a login with an Auth0 access token and no body")
            .Given(Auth0TokenAccepted)
            .WithRequest(HttpMethod.Post, "/api/login")
            .WithHeader("Authorization", Bearer(Auth0Token, "auth0Token"))
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new { access_token = Match.Regex(DocAccessToken, Jwt), refresh_token = Match.Regex(DocRefreshToken, Jwt) });

        return async uri =>
        {
            var pair = await AuthApi(uri, Auth0Token).LoginAsync();
            AuthClients.Core.TokenExpiry.Claim(pair.AccessToken, "usefor").ShouldBe("access");
        };
    }

    private static Func<Uri, Task> Auth0LoginRefused(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a login with an Auth0 access token that is not accepted")
            .Given(Auth0TokenRefused)
            .WithRequest(HttpMethod.Post, "/api/login")
            .WithHeader("Authorization", Bearer(Auth0Token, "auth0Token"))
            .WillRespond()
            .WithStatus(HttpStatusCode.Unauthorized)
            .WithJsonBody(new { code = 401, message = "Unauthorized", details = Match.MinType("Invalid authorization credentials", 1) });

        return uri => Expect.ApiError(() => AuthApi(uri, Auth0Token).LoginAsync(), HttpStatusCode.Unauthorized);
    }

    private static Func<Uri, Task> Refresh(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a refresh with a valid refresh token")
            .Given(RefreshTokenIssued)
            .WithRequest(HttpMethod.Get, "/api/login/refresh")
            .WithHeader("Authorization", Bearer(DocRefreshToken, "refreshToken"))
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new { access_token = Match.Regex(DocAccessToken, Jwt) });

        return async uri => (await AuthApi(uri, DocRefreshToken).RefreshAccessTokenAsync()).AccessToken.ShouldBe(DocAccessToken);
    }

    private static Func<Uri, Task> RefreshWithAccessToken(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a refresh with an access token in place of the refresh token")
            .Given(AccessTokenIssued)
            .WithRequest(HttpMethod.Get, "/api/login/refresh")
            .WithHeader("Authorization", Bearer(DocAccessToken, "accessToken"))
            .WillRespond()
            .WithStatus(HttpStatusCode.Unauthorized)
            .WithJsonBody(new { code = 401, message = "Unauthorized", details = new[] { InvalidJwt } });

        return uri => Expect.ApiError(() => AuthApi(uri, DocAccessToken).RefreshAccessTokenAsync(), HttpStatusCode.Unauthorized);
    }

    private static Func<Uri, Task> Filesystems(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a request for the filesystems with a valid access token")
            .Given(AccessTokenIssued)
            .WithRequest(HttpMethod.Get, "/api/v3/fs")
            .WithHeader("Authorization", Bearer(DocAccessToken, "accessToken"))
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(Match.MinType(new { name = Match.Type("disk"), type = Match.Type("disk"), mount = Match.Type("/") }, 1));

        return async uri => (await Api(uri, DocAccessToken).ListFilesystemsAsync()).ShouldContain(f => f.Name == "disk");
    }

    private static Func<Uri, Task> FilesystemsWithExpiredToken(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a request for the filesystems with an expired access token")
            .Given(AccessTokenExpired)
            .WithRequest(HttpMethod.Get, "/api/v3/fs")
            .WithHeader("Authorization", Bearer(DocAccessToken, "accessToken"))
            .WillRespond()
            .WithStatus(HttpStatusCode.Unauthorized)
            .WithJsonBody(new { code = 401, message = "Unauthorized", details = new[] { InvalidJwt } });

        return uri => Expect.ApiError(() => Api(uri, DocAccessToken).ListFilesystemsAsync(), HttpStatusCode.Unauthorized);
    }

    private static Func<Uri, Task> About(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a request for the about object without a token")
            .WithRequest(HttpMethod.Get, "/api")
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new { app = "datarhei-core", auths = Match.MinType("localjwt", 1), version = new { number = Match.Type("16.16.0") } });

        return async uri => (await Api(uri).GetAboutAsync()).App.ShouldBe("datarhei-core");
    }

    // The consumer sends the example; a verifier sends the token the named state returned.
    private static IMatcher Bearer(string example, string stateValue) =>
        Generate.ProviderState("Bearer " + example, "Bearer ${" + stateValue + "}", BearerJwt);

    private static IDatarheiApi Api(Uri baseAddress, string? bearer = null) => Create<IDatarheiApi>(baseAddress, bearer);

    // The login and refresh calls are on the package's internal IDatarheiAuthApi (the session's alone); the pact pins their wire form.
    private static IDatarheiAuthApi AuthApi(Uri baseAddress, string? bearer = null) => Create<IDatarheiAuthApi>(baseAddress, bearer);

    private static TApi Create<TApi>(Uri baseAddress, string? bearer)
        where TApi : class =>
        Clients.Create<TApi>(baseAddress, DatarheiJsonContext.CreateRefitSettings(), headers =>
        {
            if (bearer is not null)
            {
                headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
            }
        });
}
