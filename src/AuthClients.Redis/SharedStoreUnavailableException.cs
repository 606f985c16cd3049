namespace AuthClients.Redis;

/// <summary>Redis failed or took too long: the caller renews in this process instead.</summary>
internal sealed class SharedStoreUnavailableException(Exception inner) : Exception("Redis is unavailable.", inner);
