namespace AuthClients.Core;

/// <summary>No answer came: connection refused, name not found, TLS failure or timeout.</summary>
public sealed class VendorUnreachableException : AuthClientsException
{
    /// <summary>Creates the exception.</summary>
    public VendorUnreachableException(string vendor, string message, Exception innerException)
        : base(message, innerException)
    {
        Vendor = vendor;
    }

    /// <summary>Which vendor could not be reached.</summary>
    public string Vendor { get; }
}
