using AuthClients.Mocks.Hosting;

namespace AuthClients.Mocks.Fuse;

/// <summary>How often the Fuse mock was called since it started (or was last reset).</summary>
public sealed class FuseCounters
{
    private const string LoginsName = "fuse.logins";
    private const string CurrentUserCallsName = "fuse.users-me";
    private const string UnauthorizedName = "fuse.401";

    private readonly RequestCounters _counters;

    internal FuseCounters(RequestCounters counters) => _counters = counters;

    /// <summary><c>POST /api/v5.0/session</c> requests, whatever their outcome.</summary>
    public int Logins => _counters.Get(LoginsName);

    /// <summary><c>GET /api/v5.0/users/me</c> requests, whatever their outcome.</summary>
    public int CurrentUserCalls => _counters.Get(CurrentUserCallsName);

    /// <summary>401 answers from either endpoint (wrong credentials, missing or rotated token).</summary>
    public int Unauthorized => _counters.Get(UnauthorizedName);

    internal void CountLogin() => _counters.Increment(LoginsName);

    internal void CountCurrentUserCall() => _counters.Increment(CurrentUserCallsName);

    internal void CountUnauthorized() => _counters.Increment(UnauthorizedName);

    internal void Reset() => _counters.Reset();

    /// <summary>The counts, for test failure messages.</summary>
    public override string ToString() => $"logins={Logins}, users/me={CurrentUserCalls}, 401s={Unauthorized}";
}
