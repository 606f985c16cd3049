using System.Net;

namespace AuthClients.Core;

/// <summary>The vendor answered with an error it documents; carries the vendor's own error.</summary>
public class VendorApiException : AuthClientsException
{
    /// <summary>Creates the exception.</summary>
    public VendorApiException(string vendor, HttpStatusCode statusCode, VendorError error, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Vendor = vendor;
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>Which vendor answered.</summary>
    public string Vendor { get; }

    /// <summary>The HTTP status of the answer.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The vendor's error, as its body gave it.</summary>
    public VendorError Error { get; }

    /// <summary>The vendor's error code, if any.</summary>
    public string? ErrorCode => Error.Code;

    /// <summary>The vendor's error message, if any.</summary>
    public string? ErrorMessage => Error.Message;
}
