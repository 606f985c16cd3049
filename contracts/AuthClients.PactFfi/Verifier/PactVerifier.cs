using System.Globalization;
using System.Runtime.InteropServices;
using AuthClients.PactFfi.Native;

namespace AuthClients.PactFfi.Verifier;

/// <summary>
/// Replays pact files against a running provider, shaped like PactNet's <c>PactVerifier</c>:
/// <c>new PactVerifier(name).WithHttpEndpoint(uri).WithFileSource(file).WithProviderStateUrl(uri).Verify()</c>.
/// Settings are collected first and handed to the engine in <see cref="Verify"/>, so one verifier handle
/// lives exactly as long as one run.
/// </summary>
public sealed class PactVerifier : IDisposable
{
    private readonly string providerName;
    private readonly List<FileInfo> files = [];
    private Uri? endpoint;
    private Uri? stateUrl;
    private ProviderStateOptions stateOptions = new();
    private bool disposed;

    /// <summary>Creates a verifier for the provider named <paramref name="providerName"/> in the pacts.</summary>
    public PactVerifier(string providerName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        this.providerName = providerName;
    }

    /// <summary>The provider's base address; interactions' paths are appended to its path.</summary>
    public PactVerifier WithHttpEndpoint(Uri providerUri)
    {
        ArgumentNullException.ThrowIfNull(providerUri);
        if (!providerUri.IsAbsoluteUri)
        {
            throw new ArgumentException("The provider endpoint must be an absolute URI.", nameof(providerUri));
        }

        endpoint = providerUri;
        return this;
    }

    /// <summary>Adds a pact file to verify (may be called more than once).</summary>
    public PactVerifier WithFileSource(FileInfo pactFile)
    {
        ArgumentNullException.ThrowIfNull(pactFile);
        if (!pactFile.Exists)
        {
            throw new FileNotFoundException($"Pact file not found: {pactFile.FullName}", pactFile.FullName);
        }

        files.Add(pactFile);
        return this;
    }

    /// <summary>
    /// The URL that sets up provider states: <c>POST</c> with <c>{"state", "params", "action": "setup"}</c>.
    /// </summary>
    public PactVerifier WithProviderStateUrl(Uri providerStateUri) => WithProviderStateUrl(providerStateUri, _ => { });

    /// <summary>The provider-state URL, with teardown or query transmission configured.</summary>
    public PactVerifier WithProviderStateUrl(Uri providerStateUri, Action<ProviderStateOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(providerStateUri);
        ArgumentNullException.ThrowIfNull(configure);
        stateUrl = providerStateUri;
        stateOptions = new ProviderStateOptions();
        configure(stateOptions);
        return this;
    }

    /// <summary>Runs the verification.</summary>
    /// <exception cref="PactVerificationException">An interaction failed; the message holds the verifier's report.</exception>
    /// <exception cref="PactFfiException">The engine could not create a verifier.</exception>
    public void Verify()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var provider = endpoint ?? throw new InvalidOperationException("Call WithHttpEndpoint(...) before Verify().");
        if (files.Count == 0)
        {
            throw new InvalidOperationException("Call WithFileSource(...) before Verify().");
        }

        var version = typeof(PactVerifier).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        var handle = NativeMethods.VerifierNewForApplication("AuthClients.PactFfi", version);
        if (handle == IntPtr.Zero)
        {
            throw new PactFfiException("pactffi_verifier_new_for_application", "returned a null handle");
        }

        try
        {
            NativeMethods.VerifierSetProviderInfo(handle, providerName, provider.Scheme, provider.Host, (ushort)provider.Port, provider.AbsolutePath);
            foreach (var file in files)
            {
                NativeMethods.VerifierAddFileSource(handle, file.FullName);
            }

            if (stateUrl is not null)
            {
                NativeMethods.VerifierSetProviderState(handle, stateUrl.AbsoluteUri, Flag(stateOptions.Teardown), Flag(stateOptions.InBody));
            }

            var result = NativeMethods.VerifierExecute(handle);
            if (result != 0)
            {
                throw new PactVerificationException(result, Output(handle));
            }
        }
        finally
        {
            NativeMethods.VerifierShutdown(handle);
        }
    }

    /// <summary>Nothing native outlives <see cref="Verify"/>; disposing only marks this verifier as used up.</summary>
    public void Dispose() => disposed = true;

    private static byte Flag(bool value) => value ? (byte)1 : (byte)0;

    private static string Output(IntPtr handle)
    {
        var raw = NativeMethods.VerifierOutput(handle, stripAnsi: 1);
        if (raw == IntPtr.Zero)
        {
            return string.Create(CultureInfo.InvariantCulture, $"(pactffi_verifier_output returned no output)");
        }

        try
        {
            return Marshal.PtrToStringUTF8(raw) ?? string.Empty;
        }
        finally
        {
            NativeMethods.StringDelete(raw);
        }
    }
}
