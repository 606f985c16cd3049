using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AuthClients.Core;

/// <summary>
/// The library's meter and activity source, both named <see cref="Name"/>, and the names of
/// what they publish (OpenTelemetry semantic-convention style: lower-case dotted names, UCUM
/// units). Tags carry the vendor, the session's name, the operation and its outcome, never a
/// credential or a token. One instance per container (its meter comes from
/// <see cref="IMeterFactory"/>); <see cref="Shared"/> serves sessions built without one.
/// </summary>
internal sealed class AuthClientsTelemetry
{
    /// <summary>The meter's and the activity source's name: what an exporter subscribes to.</summary>
    public const string Name = "AuthClients";

    public const string Logins = "authclients.token.logins";
    public const string Refreshes = "authclients.token.refreshes";
    public const string Reauthentications = "authclients.token.reauthentications";
    public const string LoginFailures = "authclients.token.login_failures";
    public const string RenewalFailures = "authclients.token.renewal_failures";
    public const string RequestDuration = "authclients.token.request.duration";

    public const string VendorTag = "authclients.vendor";
    public const string SessionTag = "authclients.session";
    public const string OperationTag = "authclients.operation";
    public const string OutcomeTag = "authclients.outcome";

    /// <summary>On a renewal failure: true when it was retried in the background (callers kept the valid token), false when it reached the callers or was remembered as a refusal.</summary>
    public const string RetriedTag = "authclients.retried";

    /// <summary>The OpenTelemetry attribute for the kind of failure: the exception's type name, never its message.</summary>
    public const string ErrorTypeTag = "error.type";

    /// <summary>The event put on the resource call's span when a 401 makes the session renew its token.</summary>
    public const string ReauthenticationEvent = "authclients.token.reauthentication";

    public const string Login = "login";
    public const string Refresh = "refresh";

    public const string Success = "success";

    /// <summary>The vendor refused the credentials (or, for a refresh, the refresh token).</summary>
    public const string Refused = "refused";

    /// <summary>No answer: connection refused, DNS, TLS, timeout.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>Anything else: an unexpected answer, a vendor error that is not a refusal.</summary>
    public const string Error = "error";

    private static readonly Meter FallbackMeter = new(Name);

    /// <summary>Spans of logins and refreshes; static, as the runtime's own sources are (listeners subscribe by name).</summary>
    public static ActivitySource Source { get; } = new(Name);

    public static AuthClientsTelemetry Shared { get; } = new(meterFactory: null);

    public AuthClientsTelemetry(IMeterFactory? meterFactory)
    {
        var meter = meterFactory?.Create(Name) ?? FallbackMeter;
        LoginCounter = meter.CreateCounter<long>(Logins, "{login}", "Logins attempted, by outcome.");
        RefreshCounter = meter.CreateCounter<long>(Refreshes, "{refresh}", "Token refreshes attempted, by outcome.");
        ReauthenticationCounter = meter.CreateCounter<long>(Reauthentications, "{reauthentication}", "Tokens renewed because the server answered 401, by outcome.");
        LoginFailureCounter = meter.CreateCounter<long>(LoginFailures, "{failure}", "Logins that did not give a token, by outcome.");
        RenewalFailureCounter = meter.CreateCounter<long>(RenewalFailures, "{failure}", "Renewals of a token still valid that failed, by outcome and whether they were retried in the background.");
        Duration = meter.CreateHistogram<double>(RequestDuration, "s", "Duration of login and refresh requests.");
    }

    public Counter<long> LoginCounter { get; }

    public Counter<long> RefreshCounter { get; }

    public Counter<long> ReauthenticationCounter { get; }

    public Counter<long> LoginFailureCounter { get; }

    public Counter<long> RenewalFailureCounter { get; }

    public Histogram<double> Duration { get; }

    /// <summary>The outcome tag of a failure.</summary>
    public static string OutcomeOf(Exception? failure) => failure switch
    {
        null => Success,
        AuthenticationFailedException or TokenRefreshRejectedException => Refused,
        VendorUnreachableException => Unreachable,
        _ => Error,
    };
}
