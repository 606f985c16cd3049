namespace AuthClients.Core;

/// <summary>What a vendor library tells <see cref="AuthClientServiceCollectionExtensions.AddAuthClient{TApi}"/>.</summary>
public sealed class AuthClientDefinition
{
    /// <summary>A name unique to the client (e.g. <c>AuthClients.Fuse.V5</c>): names its HTTP clients and services.</summary>
    public required string Name { get; init; }

    /// <summary>The vendor's name as messages show it.</summary>
    public required string Vendor { get; init; }

    /// <summary>The base address requests go to.</summary>
    public required Func<IServiceProvider, Uri> BaseAddress { get; init; }

    /// <summary>
    /// The vendor's login/renew logic. It is given <see cref="TokenClients"/>: plain clients (same
    /// base address and error handling, no token handler) for the token calls themselves.
    /// </summary>
    public required Func<IServiceProvider, TokenClients, ITokenEndpoint> TokenEndpoint { get; init; }

    /// <summary>The generated JSON context's Refit settings (<c>&lt;Client&gt;JsonContext.CreateRefitSettings</c>).</summary>
    public required Func<Refit.RefitSettings> GeneratedSettings { get; init; }

    /// <summary>Reads the vendor's error body; null when the body is not its error shape.</summary>
    public required Func<System.Net.HttpStatusCode, string, VendorError?> ReadError { get; init; }

    /// <summary>Configured secrets (passwords, client secrets) masked in error messages that echo them.</summary>
    public Func<IServiceProvider, IEnumerable<string?>>? Secrets { get; init; }

    /// <summary>Expiry handling; defaults apply when null.</summary>
    public Func<IServiceProvider, TokenSessionOptions>? SessionOptions { get; init; }

    /// <summary>Query parameters that carry secrets for this vendor, masked in logged URLs.</summary>
    public IReadOnlyList<string> SecretQueryParameters { get; init; } = [];

    /// <summary>Per-request timeout; null keeps HttpClient's default (100 s).</summary>
    public Func<IServiceProvider, TimeSpan?>? Timeout { get; init; }

    /// <summary>
    /// Retries transient failures (5xx, 408, 429, timeouts) with backoff, for safe methods only:
    /// a repeated login could lock the account. On by default.
    /// </summary>
    public bool TransientRetries { get; init; } = true;
}
