using System.Security.Cryptography;
using System.Text;

namespace AuthClients.ClusterSoak;

/// <summary>
/// Records, for the call in flight on this async flow, each attempt the session's handler sends:
/// which token it carried (a fingerprint, not the token), when it was answered and how. A failed
/// call's attempts tell the conductor whether each refused token had really been ended.
/// </summary>
internal sealed class AttemptRecorder(string tokenHeader) : DelegatingHandler
{
    private static readonly AsyncLocal<List<string>?> Attempts = new();

    /// <summary>Starts recording the attempts of the call about to be made on this flow.</summary>
    public static List<string> StartCall() => Attempts.Value = [];

    /// <summary>The fingerprint of a token value: enough to tell tokens apart, nothing to use.</summary>
    public static string Fingerprint(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..12];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = request.Headers.TryGetValues(tokenHeader, out var values) ? values.FirstOrDefault() : null;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (Attempts.Value is { } attempts)
        {
            lock (attempts)
            {
                attempts.Add($"{(token is null ? "none" : Fingerprint(token))}@{DateTimeOffset.UtcNow.UtcTicks}@{(int)response.StatusCode}");
            }
        }

        return response;
    }
}
