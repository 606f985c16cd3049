using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace AuthClients.Core;

/// <summary>
/// Logs each request as method, URL with secret query values masked, status and time; never
/// headers or bodies. Replaces IHttpClientFactory's default logging on the clients the library
/// registers, so the masking follows the vendor's own secret names.
/// </summary>
public sealed partial class RedactingLoggingHandler(ILogger<RedactingLoggingHandler> logger, SecretRedactor? redactor = null) : DelegatingHandler
{
    private readonly SecretRedactor _redactor = redactor ?? SecretRedactor.Default;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var started = Stopwatch.GetTimestamp();
        var url = _redactor.RedactUri(request.RequestUri);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogResponse(logger, request.Method, url, (int)response.StatusCode, elapsed);
            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogFailure(logger, request.Method, url, ex.GetType().Name, elapsed);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Url} answered {Status} in {ElapsedMs:0.0} ms")]
    private static partial void LogResponse(ILogger logger, HttpMethod method, string url, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "HTTP {Method} {Url} failed with {Failure} after {ElapsedMs:0.0} ms")]
    private static partial void LogFailure(ILogger logger, HttpMethod method, string url, string failure, double elapsedMs);
}
