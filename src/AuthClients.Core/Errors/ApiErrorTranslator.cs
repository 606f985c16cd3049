using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AuthClients.Core;

/// <summary>
/// Turns a vendor's error answers into typed exceptions. Plug <see cref="CreateAsync"/> into
/// Refit's <c>ExceptionFactory</c> and <see cref="CreateForDeserializationAsync"/> into its
/// <c>DeserializationExceptionFactory</c> (see <see cref="Configure"/>). The vendor supplies only
/// how to read its error body.
/// </summary>
public sealed class ApiErrorTranslator
{
    /// <summary>How much of a body is read at most: error pages can be large, messages are not.</summary>
    public const int MaxBodyChars = 64 * 1024;

    private const int QuotedChars = 200;
    private readonly string _vendor;
    private readonly Func<HttpStatusCode, string, VendorError?> _parse;
    private readonly Func<IEnumerable<string?>>? _knownSecrets;
    private readonly SecretRedactor _redactor;

    /// <summary>Creates a translator for <paramref name="vendor"/>.</summary>
    /// <param name="vendor">The vendor's name, as messages show it.</param>
    /// <param name="parse">Reads the vendor's error from a JSON body; null when the body is not its error shape.</param>
    /// <param name="knownSecrets">Values masked wherever a body quoted in a message echoes them (password, current token).</param>
    /// <param name="redactor">The vendor's redactor (its secret field names); the common one when null.</param>
    public ApiErrorTranslator(string vendor, Func<HttpStatusCode, string, VendorError?> parse, Func<IEnumerable<string?>>? knownSecrets = null, SecretRedactor? redactor = null)
    {
        _vendor = vendor;
        _parse = parse;
        _knownSecrets = knownSecrets;
        _redactor = redactor ?? SecretRedactor.Default;
    }

    /// <summary>Points Refit's exception factories at this translator.</summary>
    public Refit.RefitSettings Configure(Refit.RefitSettings settings)
    {
        settings.ExceptionFactory = CreateAsync;
        settings.DeserializationExceptionFactory = CreateForDeserializationAsync;
        settings.TransportExceptionFactory = CreateForTransport;
        return settings;
    }

    /// <summary>Null for a success status; otherwise the typed exception for the answer.</summary>
    public async ValueTask<Exception?> CreateAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await ReadCappedAsync(response.Content).ConfigureAwait(false);
        var status = response.StatusCode;
        if (LooksLikeJson(response.Content?.Headers.ContentType, body))
        {
            VendorError? error = null;
            try
            {
                error = _parse(status, body);
            }
            catch (JsonException)
            {
                // Not the vendor's error shape after all: reported below as unexpected.
            }

            if (error is not null)
            {
                var text = error.Message ?? error.Code ?? "(no message)";
                // Vendors often repeat the message as the only detail; saying it twice helps nobody.
                var extra = error.Details?.Where(line => !string.Equals(line, text, StringComparison.Ordinal)).ToList();
                var details = extra is { Count: > 0 } ? " (" + string.Join("; ", extra) + ")" : string.Empty;
                return new VendorApiException(_vendor, status, error, $"{_vendor} answered {(int)status} {status}: {Redact(text)}{Redact(details)}");
            }
        }

        return Unexpected(response, body, "an error body that is not its documented error");
    }

    /// <summary>A success answer whose body is not the documented JSON.</summary>
    public async ValueTask<Exception?> CreateForDeserializationAsync(HttpResponseMessage response, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(exception);

        // Refit has read the body already; it is usually still buffered, but not always.
        var body = await TryReadAgainAsync(response.Content).ConfigureAwait(false);
        var empty = body is { Length: 0 } || exception.Message.Contains("does not contain any JSON tokens", StringComparison.Ordinal);
        var what = empty ? "an empty body"
            : body is not null && !LooksLikeJson(response.Content?.Headers.ContentType, body) ? "a body that is not JSON"
            : body is null && response.Content?.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == false ? "a body that is not JSON"
            : "JSON that does not match the documented shape (" + Redact(exception.Message) + ")";
        return Unexpected(response, body, what, exception);
    }

    /// <summary>
    /// No answer at all (connection refused, DNS, timeout): a <see cref="VendorUnreachableException"/>
    /// naming the vendor and the masked URL. A cancellation the caller asked for stays as it is.
    /// </summary>
    public Exception CreateForTransport(HttpRequestMessage request, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(exception);
        // Ours already (a refused login inside the token handler) or the caller's own cancellation.
        if (exception is AuthClientsException || cancellationToken.IsCancellationRequested)
        {
            return exception;
        }

        var what = exception switch
        {
            TaskCanceledException or TimeoutException => "did not answer in time",
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => "refused the connection",
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => "could not be found (DNS)",
            HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => "failed the TLS handshake",
            _ => "could not be reached (" + exception.GetType().Name + ")",
        };
        return new VendorUnreachableException(_vendor, $"{_vendor} at {Redact(_redactor.RedactUri(request.RequestUri))} {what}.", exception);
    }

    private UnexpectedResponseException Unexpected(HttpResponseMessage response, string? body, string what, Exception? inner = null)
    {
        var contentType = response.Content?.Headers.ContentType?.ToString() ?? "no content type";
        var quoted = body is null ? string.Empty
            : body.Length == 0 ? ": <empty>"
            : ": " + Redact(body.Length > QuotedChars ? body[..QuotedChars] + "…" : body);
        var message = $"{_vendor} answered {(int)response.StatusCode} {response.StatusCode} with {what} ({contentType}){quoted}";
        return new UnexpectedResponseException(_vendor, response.StatusCode, message, inner);
    }

    private static bool LooksLikeJson(MediaTypeHeaderValue? contentType, string body)
    {
        var trimmed = body.TrimStart();
        var startsLikeJson = trimmed.StartsWith('{') || trimmed.StartsWith('[') || trimmed.StartsWith('"');
        return startsLikeJson && (contentType?.MediaType is null || contentType.MediaType.Contains("json", StringComparison.OrdinalIgnoreCase) || contentType.MediaType == "text/plain");
    }

    /// <summary><paramref name="text"/> with the session's secrets and the vendor's secret fields masked.</summary>
    internal string Redact(string text) => _redactor.RedactText(text, _knownSecrets?.Invoke());

    private static async Task<string?> TryReadAgainAsync(HttpContent? content)
    {
        try
        {
            return await ReadCappedAsync(content).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ArgumentException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    /// <summary>Reads at most <see cref="MaxBodyChars"/> characters: a huge error page must not be buffered whole.</summary>
    internal static async Task<string> ReadCappedAsync(HttpContent? content)
    {
        if (content is null)
        {
            return string.Empty;
        }

        await using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[MaxBodyChars];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await reader.ReadAsync(buffer.AsMemory(read)).ConfigureAwait(false)) > 0)
        {
            read += n;
        }

        return new string(buffer, 0, read);
    }
}
