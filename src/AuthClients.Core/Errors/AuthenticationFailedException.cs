using System.Globalization;

namespace AuthClients.Core;

/// <summary>
/// The vendor refused the credentials (login or token request rejected), or accepted them for an
/// account that cannot be used yet (<see cref="PasswordChangeRequiredException"/>).
/// </summary>
public class AuthenticationFailedException : VendorApiException
{
    /// <summary>Wraps the vendor's refusal of a login.</summary>
    public AuthenticationFailedException(VendorApiException refusal)
        : base(refusal.Vendor, refusal.StatusCode, refusal.Error, "Login refused. " + refusal.Message, refusal)
    {
    }

    /// <summary>The same refusal, answered from memory until <paramref name="retryAfter"/>.</summary>
    private protected AuthenticationFailedException(AuthenticationFailedException refusal, DateTimeOffset retryAfter)
        : base(
            refusal.Vendor,
            refusal.StatusCode,
            refusal.Error,
            refusal.Message + string.Create(CultureInfo.InvariantCulture, $" (remembered: no new login before {retryAfter:O}, so a wrong password cannot lock the account; new credentials end the wait)"),
            refusal.InnerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>
    /// Set when this refusal was answered from memory, without a login: the next login is not
    /// attempted before this time.
    /// </summary>
    public DateTimeOffset? RetryAfter { get; }

    /// <summary>The same refusal, answered from memory until <paramref name="retryAfter"/>.</summary>
    /// <remarks>A new instance per caller: one exception object thrown on many threads would share its stack trace.</remarks>
    internal virtual AuthenticationFailedException Remembered(DateTimeOffset retryAfter) => new(this, retryAfter);
}
