using System.Globalization;

namespace AuthClients.Datarhei;

/// <summary>
/// datarhei Core's own rule, named by its spec's <c>validate</c>: the Core answers a failed login
/// only after 5 seconds (a brake on guessing), so a timeout at or below that turns a clean 401
/// into a timeout.
/// </summary>
internal static partial class DatarheiDefinition
{
    private static readonly TimeSpan FailedLoginBrakeDelay = TimeSpan.FromSeconds(5);

    private static partial IEnumerable<string> FailedLoginBrake(DatarheiClientOptions options)
    {
        if (options.Timeout <= FailedLoginBrakeDelay)
        {
            yield return string.Format(CultureInfo.InvariantCulture, "DatarheiClientOptions.Timeout ({0:0.#} s) must exceed the Core's 5-second brake on failed logins, or a wrong password shows up as a timeout.", options.Timeout.TotalSeconds);
        }
    }
}
