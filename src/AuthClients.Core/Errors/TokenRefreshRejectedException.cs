namespace AuthClients.Core;

/// <summary>Thrown by an <see cref="IRefreshingTokenEndpoint"/> when the vendor refuses a refresh: log in again.</summary>
public sealed class TokenRefreshRejectedException : AuthClientsException
{
    /// <summary>Creates the exception.</summary>
    public TokenRefreshRejectedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
