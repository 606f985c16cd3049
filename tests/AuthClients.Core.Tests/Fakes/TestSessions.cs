namespace AuthClients.Core.Tests.Fakes;

/// <summary>Sessions over a fake endpoint, as a vendor definition would build them (token in <c>X-Token</c>).</summary>
internal static class TestSessions
{
    public static readonly Uri Host = new("http://127.0.0.1/");

    public static AuthSession Over(ITokenEndpoint endpoint, TokenSessionOptions? options = null, TimeProvider? time = null, Uri? baseAddress = null, string name = "test")
    {
        var secrets = new SessionSecrets();
        return new AuthSession(
            name,
            "Fake",
            TokenPlacement.Header("X-Token"),
            baseAddress ?? Host,
            new TokenSession(endpoint, options, time, logger: null, secrets),
            new ApiErrorTranslator("Fake", (_, _) => null, secrets.All),
            secrets);
    }
}
