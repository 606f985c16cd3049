namespace AuthClients.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The classes that load the test process heavily (thousands of concurrent callers) and the
/// ones that count logins against lock leases and short token lifetimes run one at a time:
/// run side by side, the first starve the second's timers and thread pool for seconds, and a
/// replica then renews alone as it should when Redis seems slow, which those tests count as a
/// failure. The other classes still run alongside.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TimingSensitive
{
    public const string Name = "Timing-sensitive";
}
