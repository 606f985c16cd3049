using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using AuthClients.PactFfi.Native;

namespace AuthClients.PactFfi;

/// <summary>One running engine mock server; disposing it shuts it down and frees its mismatch data.</summary>
internal sealed class MockServer : IDisposable
{
    private bool disposed;

    private MockServer(int port)
    {
        Port = port;
        Uri = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
    }

    internal int Port { get; }

    internal Uri Uri { get; }

    /// <summary>Starts an HTTP mock server for every interaction in <paramref name="pact"/>.</summary>
    internal static MockServer Start(PactHandle pact)
    {
        // Port 0: the OS picks a free one, so parallel test classes never collide.
        var port = NativeMethods.CreateMockServerForTransport(pact, "127.0.0.1", 0, "http", null);
        if (port <= 0)
        {
            throw new PactFfiException("pactffi_create_mock_server_for_transport", port switch
            {
                -1 => "returned -1: invalid pact handle",
                -2 => "returned -2: transport config is not valid JSON",
                -3 => "returned -3: the mock server could not be started",
                -4 => "returned -4: the engine panicked",
                -5 => "returned -5: the address is not valid",
                _ => string.Create(CultureInfo.InvariantCulture, $"returned {port}"),
            });
        }

        return new MockServer(port);
    }

    /// <summary>True when every interaction was met and nothing unexpected arrived.</summary>
    internal bool Matched() => NativeMethods.MockServerMatched(Port);

    /// <summary>The mismatches, pretty-printed; the engine keeps ownership of the raw string.</summary>
    internal string MismatchesJson()
    {
        var raw = NativeMethods.MockServerMismatches(Port);
        if (raw == IntPtr.Zero)
        {
            throw new PactFfiException("pactffi_mock_server_mismatches", $"returned null: no mock server on port {Port}");
        }

        var json = Marshal.PtrToStringUTF8(raw) ?? "[]";
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, PrettyJson);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        // False only means the server was already gone; nothing is left to release either way.
        NativeMethods.CleanupMockServer(Port);
    }

    // Relaxed escaping: the JSON is read by people in a test failure, so quotes and '+' stay as they are.
    private static readonly JsonSerializerOptions PrettyJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
