using System.Net;

namespace AuthClients.Core;

/// <summary>
/// A vendor as data: how it logs in, where its token goes, how its errors read, which of its
/// options and fields are secrets, and what its options must hold. Everything a session does
/// beyond that is the same for every vendor and lives in this package.
/// </summary>
/// <typeparam name="TOptions">The vendor's options.</typeparam>
public sealed class AuthClientDefinition<TOptions>
    where TOptions : AuthClientOptions
{
    private readonly IReadOnlyList<string> _secretNames = [];

    /// <summary>A name unique to the client (e.g. <c>AuthClients.Fuse.V5</c>): prefixes its HTTP client names and session keys.</summary>
    public required string Name { get; init; }

    /// <summary>The vendor's name as messages show it.</summary>
    public required string Vendor { get; init; }

    /// <summary>Where the token goes on a request (a header, Bearer, a query parameter).</summary>
    public required TokenPlacement Placement { get; init; }

    /// <summary>The generated JSON context's Refit settings (<c>&lt;Client&gt;JsonContext.CreateRefitSettings</c>).</summary>
    public required Func<Refit.RefitSettings> GeneratedSettings { get; init; }

    /// <summary>Reads the vendor's error body; null when the body is not its error shape.</summary>
    public required Func<HttpStatusCode, string, VendorError?> ReadError { get; init; }

    /// <summary>The vendor's login (and refresh, if it has one) over the session's token clients.</summary>
    public required Func<TOptions, TokenClients, TimeProvider, ITokenEndpoint> TokenEndpoint { get; init; }

    /// <summary>The secret values among the options (passwords, client secrets), masked wherever a message echoes them.</summary>
    public required Func<TOptions, IEnumerable<string?>> Secrets { get; init; }

    /// <summary>The vendor's own checks of its options (credentials present, formats); each failure says what to set.</summary>
    public Func<TOptions, IEnumerable<string>> Validate { get; init; } = static _ => [];

    /// <summary>
    /// Field and query parameter names whose values are secrets at this vendor (its token
    /// parameter, its token fields), masked in logged URLs and error messages besides the
    /// common ones (<see cref="SecretRedactor.CommonSecretNames"/>).
    /// </summary>
    public IReadOnlyList<string> SecretNames
    {
        get => _secretNames;
        init
        {
            _secretNames = value;
            Redactor = new SecretRedactor(value);
        }
    }

    /// <summary>Masks the common and the vendor's secret names.</summary>
    internal SecretRedactor Redactor { get; private init; } = SecretRedactor.Default;
}
