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

    /// <summary>
    /// The level of an answered request's line. Token calls use Debug: the session writes one
    /// line per login or refresh itself, so a login does not write two.
    /// </summary>
    internal LogLevel AnsweredLevel { get; init; } = LogLevel.Information;

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        // Not logging costs nothing: the inner task is handed back without a state machine of ours.
        logger.IsEnabled(AnsweredLevel) ? SendLoggedAsync(request, cancellationToken) : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendLoggedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var url = _redactor.RedactUri(request.RequestUri);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogResponse(logger, AnsweredLevel, request.Method, url, (int)response.StatusCode, elapsed);
            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogFailure(logger, request.Method, url, ex.GetType().Name, elapsed);
            throw;
        }
    }

    [LoggerMessage(Message = "HTTP {Method} {Url} answered {Status} in {ElapsedMs:0.0} ms")]
    private static partial void LogResponse(ILogger logger, LogLevel level, HttpMethod method, string url, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "HTTP {Method} {Url} failed with {Failure} after {ElapsedMs:0.0} ms")]
    private static partial void LogFailure(ILogger logger, HttpMethod method, string url, string failure, double elapsedMs);
}
