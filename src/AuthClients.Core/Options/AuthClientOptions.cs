namespace AuthClients.Core;

/// <summary>
/// What every vendor's options have in common: where the vendor is, how long a call may take,
/// when a token is renewed and how long a refused login is remembered. Each vendor's options
/// derive from it and add the credentials that vendor takes.
/// </summary>
public abstract class AuthClientOptions
{
    /// <summary>The vendor's address, e.g. https://vendor.example.com/.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Allows plain HTTP to a host that is not loopback. Off: credentials would travel in clear.</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Per-request timeout, retries included. Default 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Start renewing this long before a token expires; calls keep the valid token meanwhile and
    /// the renewal (and its retries, if the vendor fails) runs in the background. Default 30 s;
    /// for short-lived tokens it is capped at a tenth of the token's lifetime, so a token that
    /// lives less than the skew is not renewed on every call, but it is never less than three of
    /// the vendor's answer times (at most half the lifetime), so the renewal is over before expiry.
    /// </summary>
    public TimeSpan RefreshSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a token is used before logging in again unprompted, for vendors that state no
    /// expiry. Null (the default): until the server rejects it.
    /// </summary>
    public TimeSpan? TokenLifetime { get; set; }

    /// <summary>
    /// After a refused login, callers get the same refusal at once for this long before the
    /// next attempt; the window doubles with each refusal in a row up to
    /// <see cref="MaxLoginBackoff"/>, so a wrong password cannot lock the account. Default 1 s.
    /// </summary>
    public TimeSpan LoginBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest a refused login is remembered. Default 5 minutes.</summary>
    public TimeSpan MaxLoginBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The address requests go to; vendors that derive it from other options override this.</summary>
    public virtual Uri? ResolveBaseAddress() => BaseAddress;

    /// <summary>What a missing address asks the user to set (vendors that derive it name their option).</summary>
    protected internal virtual string BaseAddressHint => "BaseAddress";
}
