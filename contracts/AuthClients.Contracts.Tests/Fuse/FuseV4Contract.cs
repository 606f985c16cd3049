using System.Net;
using AuthClients.Contracts.Tests.Infrastructure;
using AuthClients.Fuse;
using AuthClients.PactFfi;
using AuthClients.PactFfi.Generators;
using AuthClients.PactFfi.Matchers;

namespace AuthClients.Contracts.Tests.Fuse;

/// <summary>
/// What AuthClients.Fuse expects of Fuse Universal v4.4 and below (the "v4.4 and below" section
/// of its auth token page and its "Authorisation" page; docs/vendors/fuse-universal.md): the
/// multipart token call answered 201, and the auth_token
/// query parameter, whose value comes from a provider state. A pact of its own: it is another API version, verified against its own mock.
/// </summary>
public sealed class FuseV4Contract : IConsumerContract
{
    public string Consumer => FuseContract.ConsumerName;

    public string Provider => "FuseUniversalV4";

    public IReadOnlyDictionary<string, Func<IPactBuilderV4, Func<Uri, Task>>> Interactions { get; } =
        new Dictionary<string, Func<IPactBuilderV4, Func<Uri, Task>>>
        {
            ["token with valid credentials"] = V4TokenWithValidCredentials,
            ["token with a wrong password"] = V4TokenWithWrongPassword,
            ["current user with a valid auth_token"] = V4CurrentUserWithValidToken,
            ["current user with an expired auth_token"] = V4CurrentUserWithExpiredToken,
        };

    public const string V4TokenExists = "demo.user holds a valid v4 auth token";
    public const string V4TokenExpired = "demo.user holds an expired v4 auth token";

    private const string V4Token = "Rn26mdxAs1_jjzVt__ySga";
    private const string V4ExpiredToken = "expired-jjzVt__ySga";
    private const string Version = "v4.4";

    // The boundary differs per request; the header matcher lets any through, and the engine
    // compares multipart bodies part by part (name and value), not byte for byte.
    private const string MultipartType = "multipart/form-data; boundary=AuthClientsPact";

    // The two form-data parts the document's Postman example fills in (demo values).
    private static string Multipart(string loginName, string password) =>
        "--AuthClientsPact\r\n" +
        "Content-Disposition: form-data; name=\"login_name\"\r\n\r\n" + loginName + "\r\n" +
        "--AuthClientsPact\r\n" +
        "Content-Disposition: form-data; name=\"password\"\r\n\r\n" + password + "\r\n" +
        "--AuthClientsPact--\r\n";

    private static Func<Uri, Task> V4TokenWithValidCredentials(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a v4.4 token request with valid credentials")
            .Given(FuseContract.UserExists)
            .WithRequest(HttpMethod.Post, "/api/v4.4/token")
            .WithBody(Multipart("demo.user", "demo-password"), MultipartType)
            .WithHeader("Content-Type", Match.Regex(MultipartType, "^multipart/form-data;.*"))
            .WillRespond()
            .WithStatus(HttpStatusCode.Created)
            .WithJsonBody(new { auth_token = Match.Type(V4Token) });

        return async uri =>
        {
            var token = await V4AuthApi(uri).CreateTokenAsync(Version, new FuseV4TokenRequest { LoginName = "demo.user", Password = "demo-password" });
            token.AuthToken.ShouldBe(V4Token);
        };
    }

    private static Func<Uri, Task> V4TokenWithWrongPassword(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a v4.4 token request with a wrong password")
            .Given(FuseContract.UserExists)
            .WithRequest(HttpMethod.Post, "/api/v4.4/token")
            .WithBody(Multipart("demo.user", "not-the-password"), MultipartType)
            .WithHeader("Content-Type", Match.Regex(MultipartType, "^multipart/form-data;.*"))
            .WillRespond()
            .WithStatus(HttpStatusCode.Unauthorized)
            .WithJsonBody(new { success = false, errors = new { @base = Match.Type("Unauthorized 401") } });

        return async uri =>
        {
            await Expect.ApiError(() => V4AuthApi(uri).CreateTokenAsync(Version, new FuseV4TokenRequest { LoginName = "demo.user", Password = "not-the-password" }), HttpStatusCode.Unauthorized);
        };
    }

    private static Func<Uri, Task> V4CurrentUserWithValidToken(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a v4.4 request for the current user with a valid auth_token")
            .Given(V4TokenExists)
            .WithRequest(HttpMethod.Get, "/api/v4.4/users/me")
            .WithQuery("auth_token", Generate.ProviderState(V4Token, "${authToken}"))
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new { id = Match.Integer(1001) });

        return async uri => (await V4Api(uri, V4Token).GetCurrentUserAsync(Version)).Id.ShouldBe(1001);
    }

    private static Func<Uri, Task> V4CurrentUserWithExpiredToken(IPactBuilderV4 pact)
    {
        pact.UponReceiving("a v4.4 request for the current user with an expired auth_token")
            .Given(V4TokenExpired)
            .WithRequest(HttpMethod.Get, "/api/v4.4/users/me")
            .WithQuery("auth_token", Generate.ProviderState(V4ExpiredToken, "${authToken}"))
            .WillRespond()
            .WithStatus(HttpStatusCode.Unauthorized)
            .WithJsonBody(new { success = false, errors = new { @base = "Unauthorized 401" } });

        return uri => Expect.ApiError(() => V4Api(uri, V4ExpiredToken).GetCurrentUserAsync(Version), HttpStatusCode.Unauthorized);
    }

    // The token goes in the query, as AuthClients.Core's TokenPlacement.Query puts it.
    // The token call is on the package's internal IFuseV4AuthApi (the session's alone); the pact pins its wire form.
    private static IFuseV4AuthApi V4AuthApi(Uri baseAddress) =>
        Clients.Create<IFuseV4AuthApi>(baseAddress, FuseV4JsonContext.CreateRefitSettings());

    private static IFuseV4Api V4Api(Uri baseAddress, string? token = null) =>
        Clients.Create<IFuseV4Api>(baseAddress, FuseV4JsonContext.CreateRefitSettings(), query: token is null ? null : ("auth_token", token));
}
