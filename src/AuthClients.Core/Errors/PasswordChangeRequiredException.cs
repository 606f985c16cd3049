using System.Net;

namespace AuthClients.Core;

/// <summary>
/// The vendor accepted the credentials but will not let the account use its API until a
/// person changes the account's password. No token from that answer is used. It is a refused
/// login like any other: remembered for the backoff window (a service retrying cannot turn it
/// into a login storm), reported by the session's health check, and ended by new credentials.
/// </summary>
public sealed class PasswordChangeRequiredException : AuthenticationFailedException
{
    private const string Code = "password_change_required";

    /// <summary>Creates the refusal for <paramref name="vendor"/>, whose login answered <paramref name="statusCode"/>.</summary>
    public PasswordChangeRequiredException(string vendor, HttpStatusCode statusCode)
        : base(new VendorApiException(
            vendor,
            statusCode,
            new VendorError(Code, "The account must change its password before it can use the API."),
            $"{vendor} requires a password change for this account: a person must sign in to {vendor} as this user and change the password, then the client can log in."))
    {
    }

    private PasswordChangeRequiredException(PasswordChangeRequiredException refusal, DateTimeOffset retryAfter)
        : base(refusal, retryAfter)
    {
    }

    internal override AuthenticationFailedException Remembered(DateTimeOffset retryAfter) => new PasswordChangeRequiredException(this, retryAfter);
}
