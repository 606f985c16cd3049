using System.Net;
using AuthClients.Contracts.Tests.Infrastructure;
using AuthClients.Fuse;
using AuthClients.PactFfi;
using AuthClients.PactFfi.Generators;
using AuthClients.PactFfi.Matchers;
using Refit;

namespace AuthClients.Contracts.Tests.Fuse;

/// <summary>
/// What AuthClients.Fuse expects of Fuse Universal v5 (v4.4: <see cref="FuseV4Contract"/>), from the vendor's document
/// ("Obtaining an auth token when using the API"; docs/vendors/fuse-universal.md): each interaction is declared and then
/// exercised through the generated client. Example values are matched by type; what the doc
/// fixes (paths, the Auth-Token header name, success flags, the error body) is exact; the tokens
/// requests carry come from provider states, as only Fuse can issue them.
/// </summary>
public sealed class FuseContract : IConsumerContract
{
    public const string ConsumerName = "AuthClients.Fuse";
    public const string ProviderName = "FuseUniversal";

    public const string UserExists = "a user demo.user with password demo-password exists";
    public const string ValidTokenExists = "demo.user holds a valid authentication token";
    public const string TokenExpired = "demo.user holds an expired authentication token";
    public const string UserMustChangePassword = "a user demo.user with password demo-password must change the password";

    private const string ExampleToken = "RVt-k4zQJRyMBx3L";
    private const string ExpiredToken = "expired-4zQJRyMBx3L";

    public string Consumer => ConsumerName;

    public string Provider => ProviderName;

    /// <summary>Every interaction, by name, so tests can run one or all .</summary>
    public IReadOnlyDictionary<string, Func<IPactBuilderV4, Func<Uri, Task>>> Interactions { get; } =
        new Dictionary<string, Func<IPactBuilderV4, Func<Uri, Task>>>
        {
            ["session with valid credentials"] = SessionWithValidCredentials,
            ["session with a wrong password"] = SessionWithWrongPassword,
            ["session for an account that must change its password"] = SessionForAnAccountThatMustChangeItsPassword,
            ["current user with a valid token"] = CurrentUserWithValidToken,
            ["current user with an expired token"] = CurrentUserWithExpiredToken,
        };

    private static Func<Uri, Task> SessionWithValidCredentials(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a session request with valid credentials")
            .Given(UserExists)
            .WithRequest(HttpMethod.Post, "/api/v5.0/session")
            .WithJsonBody(new { login_name = "demo.user", password = "demo-password" })
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new
            {
                success = true,
                role = Match.Type("admin"),
                administerable_community_ids = Match.MinType(9, 1),
                admin_group_permissions = Match.MinType("compliance_reporting", 1),
                // The client uses the token only while this is false (the page's example value).
                password_change_required = false,
                auth_tokens = new
                {
                    jwt_token = Match.Type("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.c2ln"),
                    user_authentication_token = new
                    {
                        authentication_token = Match.Type(ExampleToken),
                        updated_at = Match.Integer(1728784853),
                    },
                },
            });

        return async uri =>
        {
            var session = await AuthApi(uri).CreateSessionAsync(new FuseSessionRequest { LoginName = "demo.user", Password = "demo-password" });
            session.Success.ShouldBeTrue();
            session.AuthTokens.UserAuthenticationToken.AuthenticationToken.ShouldBe(ExampleToken);
        };
    }

    private static Func<Uri, Task> SessionForAnAccountThatMustChangeItsPassword(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a session request for an account that must change its password")
            .Given(UserMustChangePassword)
            .WithRequest(HttpMethod.Post, "/api/v5.0/session")
            .WithJsonBody(new { login_name = "demo.user", password = "demo-password" })
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new
            {
                success = true,
                password_change_required = true,
                auth_tokens = new
                {
                    user_authentication_token = new { authentication_token = Match.Type(ExampleToken) },
                },
            });

        return async uri =>
        {
            var session = await AuthApi(uri).CreateSessionAsync(new FuseSessionRequest { LoginName = "demo.user", Password = "demo-password" });
            session.PasswordChangeRequired.ShouldBe(true);
        };
    }

    private static Func<Uri, Task> SessionWithWrongPassword(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a session request with a wrong password")
            .Given(UserExists)
            .WithRequest(HttpMethod.Post, "/api/v5.0/session")
            .WithJsonBody(new { login_name = "demo.user", password = "not-the-password" })
            .WillRespond()
            .WithStatus(HttpStatusCode.Unauthorized)
            .WithJsonBody(new { success = false, errors = new { @base = "Unauthorized 401" } });

        return async uri =>
        {
            var error = await Should.ThrowAsync<ApiException>(() =>
                AuthApi(uri).CreateSessionAsync(new FuseSessionRequest { LoginName = "demo.user", Password = "not-the-password" }));
            error.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            error.Content!.ShouldContain("Unauthorized 401");
        };
    }

    private static Func<Uri, Task> CurrentUserWithValidToken(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a request for the current user with a valid token")
            .Given(ValidTokenExists)
            .WithRequest(HttpMethod.Get, "/api/v5.0/users/me")
            .WithHeader("Auth-Token", Generate.ProviderState(ExampleToken, "${authToken}"))
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new { id = Match.Integer(1001) });

        return async uri =>
        {
            var user = await Api(uri, ExampleToken).GetCurrentUserAsync();
            user.Id.ShouldBe(1001);
        };
    }

    private static Func<Uri, Task> CurrentUserWithExpiredToken(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a request for the current user with an expired token")
            .Given(TokenExpired)
            .WithRequest(HttpMethod.Get, "/api/v5.0/users/me")
            .WithHeader("Auth-Token", Generate.ProviderState(ExpiredToken, "${authToken}"))
            .WillRespond()
            .WithStatus(HttpStatusCode.Unauthorized)
            .WithJsonBody(new { success = false, errors = new { @base = "Unauthorized 401" } });

        return async uri =>
        {
            var error = await Should.ThrowAsync<ApiException>(() => Api(uri, ExpiredToken).GetCurrentUserAsync());
            error.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        };
    }

    // The login is on the package's internal IFuseV5AuthApi (the session's alone); the pact pins its wire form.
    private static IFuseV5AuthApi AuthApi(Uri baseAddress) =>
        Clients.Create<IFuseV5AuthApi>(baseAddress, FuseV5JsonContext.CreateRefitSettings());

    private static IFuseV5Api Api(Uri baseAddress, string? token = null) =>
        Clients.Create<IFuseV5Api>(baseAddress, FuseV5JsonContext.CreateRefitSettings(), headers =>
        {
            if (token is not null)
            {
                headers.Add("Auth-Token", token);
            }
        });
}
