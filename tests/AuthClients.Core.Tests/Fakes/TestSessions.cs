namespace AuthClients.Core.Tests.Fakes;

/// <summary>Sessions over a fake endpoint, as a vendor definition would build them (token in <c>X-Token</c>).</summary>
internal static class TestSessions
{
    public static readonly Uri Host = new("http://127.0.0.1/");

    public static AuthSession Over(ITokenEndpoint endpoint, TokenSessionOptions? options = null, TimeProvider? time = null, Uri? baseAddress = null, string name = "test", SessionTelemetry? telemetry = null, IEnumerable<string?>? secrets = null)
    {
        var sessionSecrets = new SessionSecrets();
        sessionSecrets.SetConfigured(secrets ?? []);
        return new AuthSession(
            name,
            "Fake",
            TokenPlacement.Header("X-Token"),
            baseAddress ?? Host,
            new TokenSession(endpoint, options, time, logger: null, sessionSecrets, telemetry),
            new ApiErrorTranslator("Fake", (_, _) => null, sessionSecrets.All),
            sessionSecrets);
    }
}
