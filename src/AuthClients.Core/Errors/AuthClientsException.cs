namespace AuthClients.Core;

/// <summary>The base of every exception the AuthClients packages throw on purpose.</summary>
public class AuthClientsException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AuthClientsException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
