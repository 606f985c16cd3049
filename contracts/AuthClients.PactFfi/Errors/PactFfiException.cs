namespace AuthClients.PactFfi;

/// <summary>
/// A call into the Pact engine failed (null handle, <c>false</c>, or an error code).
/// The message names the engine function so the failure can be looked up in the pact_ffi docs.
/// </summary>
public sealed class PactFfiException : Exception
{
    /// <summary>Creates the exception for a failed engine call.</summary>
    /// <param name="function">The pact_ffi function that failed, e.g. <c>pactffi_with_header_v2</c>.</param>
    /// <param name="detail">What went wrong, in words.</param>
    public PactFfiException(string function, string detail)
        : base($"{function} failed: {detail}")
    {
        Function = function;
    }

    /// <summary>The pact_ffi function that failed.</summary>
    public string Function { get; }
}
