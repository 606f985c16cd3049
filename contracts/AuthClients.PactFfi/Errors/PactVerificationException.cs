namespace AuthClients.PactFfi;

/// <summary>The provider did not honour the pact; the message carries the verifier's full report.</summary>
public sealed class PactVerificationException : Exception
{
    /// <summary>Creates the exception from the verifier's result.</summary>
    /// <param name="exitCode">What <c>pactffi_verifier_execute</c> returned (1 failed, 2 error).</param>
    /// <param name="output">The verifier's output, ANSI codes stripped.</param>
    public PactVerificationException(int exitCode, string output)
        : base($"Pact verification failed (pactffi_verifier_execute returned {exitCode}):" + Environment.NewLine + output)
    {
        ExitCode = exitCode;
        Output = output;
    }

    /// <summary>What <c>pactffi_verifier_execute</c> returned.</summary>
    public int ExitCode { get; }

    /// <summary>The verifier's output.</summary>
    public string Output { get; }
}
