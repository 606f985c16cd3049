using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AuthClients.Core;

/// <summary>
/// Whether a session can authenticate: Healthy when it has a token or gets one (a cached valid
/// token is used as is, no login is sent), Degraded while a refused login's backoff runs (no
/// login is tried then either), Unhealthy when the login is refused or the vendor cannot be
/// reached. The description is the library's own message, masked again with the session's
/// secrets; data holds the vendor's and the session's names only.
/// </summary>
internal sealed class AuthSessionHealthCheck(AuthSession session) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["vendor"] = session.Vendor,
            ["session"] = session.Name,
        };
        var subject = session.Name.Length == 0 ? $"{session.Vendor} session" : $"{session.Vendor} session '{session.Name}'";
        try
        {
            await session.Tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{subject}: authenticated.", data);
        }
        catch (AuthenticationFailedException remembered) when (remembered.RetryAfter is { } retryAfter)
        {
            data["retryAfter"] = retryAfter;
            return HealthCheckResult.Degraded($"{subject}: {session.Translator.Redact(remembered.Message)}", data: data);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // No exception object in the result: report writers print inner exceptions unmasked.
            var message = failure is AuthClientsException ? failure.Message : failure.GetType().Name + ": " + failure.Message;
            return new HealthCheckResult(context.Registration.FailureStatus, $"{subject}: {session.Translator.Redact(message)}", data: data);
        }
    }
}
