using System.Net;

namespace AuthClients.Core;

/// <summary>
/// The server answered with something the vendor does not document: an HTML page, an empty
/// or truncated body, the wrong content type, JSON missing required fields. The message says
/// what arrived (status, content type, the start of the body with secrets masked).
/// </summary>
public sealed class UnexpectedResponseException : AuthClientsException
{
    /// <summary>Creates the exception.</summary>
    public UnexpectedResponseException(string vendor, HttpStatusCode? statusCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Vendor = vendor;
        StatusCode = statusCode;
    }

    /// <summary>Which vendor answered.</summary>
    public string Vendor { get; }

    /// <summary>The HTTP status, when there was an answer at all.</summary>
    public HttpStatusCode? StatusCode { get; }
}
