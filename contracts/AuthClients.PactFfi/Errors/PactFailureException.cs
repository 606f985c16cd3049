namespace AuthClients.PactFfi;

/// <summary>
/// The consumer test did not meet its interactions: the mock server saw a request it did not expect,
/// a request differed from the interaction, or an expected request never came. Named as PactNet names it.
/// </summary>
public sealed class PactFailureException : Exception
{
    /// <summary>Creates the exception with the engine's mismatches.</summary>
    /// <param name="mismatchesJson">The pretty-printed mismatches JSON from the mock server.</param>
    /// <param name="innerException">The exception the test callback threw, if any.</param>
    public PactFailureException(string mismatchesJson, Exception? innerException = null)
        : base("Pact verification failed: the mock server reported mismatches:" + Environment.NewLine + mismatchesJson, innerException)
    {
        MismatchesJson = mismatchesJson;
    }

    /// <summary>The mismatches as pretty-printed JSON.</summary>
    public string MismatchesJson { get; }
}
