namespace AuthClients.PactFfi.Native;

/// <summary>Turns the engine's status returns into exceptions, so no failure passes silently.</summary>
internal static class Ffi
{
    internal static void Check(bool succeeded, string function, string context)
    {
        if (!succeeded)
        {
            throw new PactFfiException(function, $"the engine returned false ({context}); the pact or interaction may be invalid or already in use by a mock server");
        }
    }

    internal static void CheckZero(int code, string function, string meaning)
    {
        if (code != 0)
        {
            throw new PactFfiException(function, $"returned {code}: {meaning}");
        }
    }
}
