using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AuthClients.Contracts.Tests.Infrastructure;
using AuthClients.PactFfi;
using AuthClients.PactFfi.Generators;
using AuthClients.PactFfi.Matchers;
using AuthClients.Saymon;

namespace AuthClients.Contracts.Tests.Saymon;

/// <summary>
/// What AuthClients.Saymon expects of SAYMON (its "Create Authentication Token", "Get Current
/// User" and "Response errors" pages; docs/vendors/saymon.md): Basic-auth token creation
/// answered with a JSON string, the api-token query
/// parameter, and the {"code","message"} error body whose message is itself JSON. Codes and
/// messages the docs fix are exact; the 403/404 bodies the docs do not show are matched by type.
/// The user id in the token path and the API token in the query come from provider states.
/// </summary>
public sealed class SaymonContract : IConsumerContract
{
    public const string AdminMayCreateTokens = "a user admin with password admin-password and manage-users may create tokens for another user";
    public const string ViewerExists = "a user viewer with password viewer-password without manage-users exists";
    public const string NoSuchUser = "no user 000000000000000000000000 exists";
    public const string TokenIsValid = "admin holds a valid API token";
    public const string NoTokenIsValid = "no API token is valid";

    private const string UserId = "5e21b752308c3c66d64e072c";
    private const string ExampleToken = "a5f946dc-4c21-4ccd-b78b-f0a5fce94f4d";
    private const string Uuid = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    // SAYMON assigns user ids (MongoDB ObjectIds): the path takes the one the provider state returns.
    // The example is an id no SAYMON (and no mock) is set up with, so only the injected one can pass.
    private const string OtherUserExampleId = "5e21b752308c3c66d64e0a01";

    private static readonly IMatcher TokenPathOfStateUser = Generate.ProviderState(
        $"/node/api/users/{OtherUserExampleId}/auth-token", "/node/api/users/${userId}/auth-token", "^/node/api/users/[0-9a-f]{24}/auth-token$");

    public string Consumer => "AuthClients.Saymon";

    public string Provider => "SAYMON";

    public IReadOnlyDictionary<string, Func<IPactBuilderV4, Func<Uri, Task>>> Interactions { get; } =
        new Dictionary<string, Func<IPactBuilderV4, Func<Uri, Task>>>
        {
            ["token created by an admin"] = TokenCreatedByAdmin,
            ["token request with wrong Basic credentials"] = WrongBasicCredentials,
            ["token request without manage-users"] = MissingPermission,
            ["token request for an unknown user"] = UnknownUser,
            ["token request with a malformed user id"] = MalformedUserId,
            ["current user with a valid API token"] = CurrentUserWithValidToken,
            ["current user with an invalid API token"] = CurrentUserWithInvalidToken,
        };

    private static Func<Uri, Task> TokenCreatedByAdmin(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a token request by an admin with manage-users")
            .Given(AdminMayCreateTokens)
            .WithRequest(HttpMethod.Post, TokenPathOfStateUser)
            .WithHeader("Authorization", Basic("admin", "admin-password"))
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(Match.Regex(ExampleToken, Uuid));

        return async uri =>
        {
            var token = await AuthApi(uri, "admin", "admin-password").CreateAuthTokenAsync(OtherUserExampleId);
            // The documented body is the token as a JSON string (in double quotes); the generated
            // client reads the JSON string, so the token comes back without its quotes.
            token.ShouldBe(ExampleToken);
        };
    }

    private static Func<Uri, Task> WrongBasicCredentials(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a token request with wrong Basic credentials")
            .Given(AdminMayCreateTokens)
            .WithRequest(HttpMethod.Post, TokenPathOfStateUser)
            .WithHeader("Authorization", Basic("admin", "wrong-password"))
            .WillRespond()
            .WithStatus(HttpStatusCode.Unauthorized)
            .WithJsonBody(new { code = "InvalidCredentials", message = "{\"errorCode\":3,\"message\":\"Invalid login or password.\"}" });

        return uri => Expect.ApiError(() => AuthApi(uri, "admin", "wrong-password").CreateAuthTokenAsync(OtherUserExampleId), HttpStatusCode.Unauthorized);
    }

    private static Func<Uri, Task> MissingPermission(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a token request by a user without manage-users")
            .Given(ViewerExists)
            .WithRequest(HttpMethod.Post, $"/node/api/users/{UserId}/auth-token")
            .WithHeader("Authorization", Basic("viewer", "viewer-password"))
            .WillRespond()
            .WithStatus(HttpStatusCode.Forbidden)
            .WithJsonBody(new { code = Match.Type("Forbidden"), message = Match.Type("Permission denied") });

        return uri => Expect.ApiError(() => AuthApi(uri, "viewer", "viewer-password").CreateAuthTokenAsync(UserId), HttpStatusCode.Forbidden);
    }

    private static Func<Uri, Task> UnknownUser(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a token request for a user that does not exist")
            .Given(NoSuchUser)
            .WithRequest(HttpMethod.Post, "/node/api/users/000000000000000000000000/auth-token")
            .WithHeader("Authorization", Basic("admin", "admin-password"))
            .WillRespond()
            .WithStatus(HttpStatusCode.NotFound)
            .WithJsonBody(new { code = Match.Type("NotFound"), message = Match.Type("User not found.") });

        return uri => Expect.ApiError(() => AuthApi(uri, "admin", "admin-password").CreateAuthTokenAsync("000000000000000000000000"), HttpStatusCode.NotFound);
    }

    private static Func<Uri, Task> MalformedUserId(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a token request with a malformed user id")
            .Given(AdminMayCreateTokens)
            .WithRequest(HttpMethod.Post, "/node/api/users/not-an-id/auth-token")
            .WithHeader("Authorization", Basic("admin", "admin-password"))
            .WillRespond()
            .WithStatus(HttpStatusCode.BadRequest)
            .WithJsonBody(new { code = "BadRequest", message = Match.Type("Invalid user id.") });

        return uri => Expect.ApiError(() => AuthApi(uri, "admin", "admin-password").CreateAuthTokenAsync("not-an-id"), HttpStatusCode.BadRequest);
    }

    private static Func<Uri, Task> CurrentUserWithValidToken(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a request for the current user with a valid API token")
            .Given(TokenIsValid)
            .WithRequest(HttpMethod.Get, "/node/api/users/current")
            .WithQuery("api-token", Generate.ProviderState(ExampleToken, "${apiToken}", Uuid))
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new
            {
                id = Match.Regex(UserId, "^[0-9a-f]{24}$"),
                login = Match.Type("admin"),
                status = Match.Integer(2),
                permissions = Match.MinType("manage-objects", 1),
            });

        return async uri =>
        {
            var user = await Api(uri, token: ExampleToken).GetCurrentUserAsync();
            user.Id.ShouldBe(UserId);
            user.Login.ShouldBe("admin");
        };
    }

    private static Func<Uri, Task> CurrentUserWithInvalidToken(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a request for the current user with an invalid API token")
            .Given(NoTokenIsValid)
            .WithRequest(HttpMethod.Get, "/node/api/users/current")
            .WithQuery("api-token", "00000000-0000-0000-0000-000000000000")
            .WillRespond()
            .WithStatus(HttpStatusCode.Unauthorized)
            .WithJsonBody(new { code = "Unauthorized", message = "{\"errorCode\":3,\"message\":\"Invalid API token.\"}" });

        return uri => Expect.ApiError(() => Api(uri, token: "00000000-0000-0000-0000-000000000000").GetCurrentUserAsync(), HttpStatusCode.Unauthorized);
    }

    private static string Basic(string login, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(login + ":" + password));

    // The token call is on the package's internal ISaymonAuthApi (the session's alone); the pact pins its wire form.
    private static ISaymonAuthApi AuthApi(Uri baseAddress, string login, string password) =>
        Clients.Create<ISaymonAuthApi>(
            baseAddress,
            SaymonJsonContext.CreateRefitSettings(),
            headers => headers.Authorization = AuthenticationHeaderValue.Parse(Basic(login, password)),
            null);

    private static ISaymonApi Api(Uri baseAddress, string? login = null, string? password = null, string? token = null) =>
        Clients.Create<ISaymonApi>(
            baseAddress,
            SaymonJsonContext.CreateRefitSettings(),
            headers =>
            {
                if (login is not null)
                {
                    headers.Authorization = AuthenticationHeaderValue.Parse(Basic(login, password!));
                }
            },
            token is null ? null : ("api-token", token));
}
