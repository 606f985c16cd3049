using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AuthClients.Core;

namespace AuthClients.Saymon;

/// <summary>
/// SAYMON: <c>POST /node/api/users/{id}/auth-token</c> with HTTP Basic credentials and an empty
/// body answers the new token as a JSON string (quoted); the token then travels as the
/// <c>api-token</c> query parameter. No expiry, no refresh: a rejected token is replaced.
/// </summary>
internal sealed class SaymonTokenEndpoint(TokenClients clients, SaymonClientOptions options) : ITokenEndpoint
{

    public async Task<AuthToken> LoginAsync(CancellationToken cancellationToken)
    {
        var client = clients.CreateHttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.Login + ":" + options.Password)));
        var api = clients.CreateApi<ISaymonApi>(client);
        try
        {
            var quoted = await api.CreateAuthTokenAsync(options.UserId!, cancellationToken).ConfigureAwait(false);
            return new AuthToken(Unquote(quoted));
        }
        catch (VendorApiException refusal) when (refusal.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new AuthenticationFailedException(refusal);
        }
    }

    /// <summary>The body is a JSON string ("\"a5f9…\""); some proxies hand back the bare token.</summary>
    internal static string Unquote(string body)
    {
        var trimmed = body.Trim();
        if (trimmed.StartsWith('"'))
        {
            try
            {
                var token = JsonSerializer.Deserialize(trimmed, SaymonJsonContext.Default.String);
                if (!string.IsNullOrWhiteSpace(token))
                {
                    return token;
                }
            }
            catch (JsonException)
            {
                // Falls through to the error below.
            }
        }
        else if (trimmed.Length > 0 && !trimmed.Contains(' ', StringComparison.Ordinal) && !trimmed.StartsWith('{') && !trimmed.StartsWith('<'))
        {
            return trimmed;
        }

        throw new UnexpectedResponseException("SAYMON", HttpStatusCode.OK,
            "SAYMON answered 200 OK to the token request with a body that is not the documented JSON string: " + SecretRedactor.Default.RedactText(trimmed.Length > 80 ? trimmed[..80] + "…" : trimmed));
    }
}
