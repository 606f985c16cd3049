namespace AuthClients.Core;

/// <summary>The vendor refused the credentials (login or token request rejected).</summary>
public sealed class AuthenticationFailedException : VendorApiException
{
    /// <summary>Wraps the vendor's refusal of a login.</summary>
    public AuthenticationFailedException(VendorApiException refusal)
        : base(refusal.Vendor, refusal.StatusCode, refusal.Error, "Login refused. " + refusal.Message, refusal)
    {
    }
}
