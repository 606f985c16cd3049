namespace AuthClients.Core;

/// <summary>One cached tenant: its session and the API over it, built once and reused by every call.</summary>
internal sealed class TenantSession<TApi>(AuthSession session, HttpClient http, TApi api) : IDisposable
    where TApi : class
{
    public AuthSession Session => session;

    public TApi Api => api;

    public void Dispose()
    {
        session.Dispose();

        // The client does not own its handlers: they end in the pipeline every tenant shares.
        http.Dispose();
    }
}
