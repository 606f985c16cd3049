namespace AuthClients.PactFfi.Tests;

/// <summary>A throw-away pact folder per test, so tests never touch contracts/pacts or each other.</summary>
internal sealed class TempPactDir : IDisposable
{
    public TempPactDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "authclients-pact-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public PactConfig Config => new() { PactDir = Path };

    public string PactFile(string consumer, string provider) => System.IO.Path.Combine(Path, $"{consumer}-{provider}.json");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Leftovers in the temp folder are harmless.
        }
    }
}
