using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using AuthClients.PactFfi.Native;

namespace AuthClients.PactFfi;

/// <summary>
/// Merges a pact into its file. A merge is read-modify-write of <c>{consumer}-{provider}.json</c>; two
/// unsynchronised writers could lose interactions or tear the JSON. The engine's own locking is not
/// documented for this call, so we do not rely on it: writes of one file are serialised by a per-file
/// lock in this process and an exclusive lock file across processes (parallel test assemblies).
/// </summary>
internal static class PactFileWriter
{
    private static readonly ConcurrentDictionary<string, object> InProcessLocks = new(StringComparer.Ordinal);
    private static readonly TimeSpan CrossProcessTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Merges <paramref name="pact"/> into <c>{directory}/{consumer}-{provider}.json</c>.</summary>
    internal static void Merge(PactHandle pact, string directory, string consumer, string provider)
    {
        var fullDirectory = Path.GetFullPath(directory);
        Directory.CreateDirectory(fullDirectory);
        var pactFile = Path.Combine(fullDirectory, $"{consumer}-{provider}.json");

        lock (InProcessLocks.GetOrAdd(pactFile, _ => new object()))
        {
            using var crossProcess = AcquireLockFile(pactFile);
            // overwrite: false = merge with the file, as PactNet does after each verify.
            var code = NativeMethods.PactHandleWriteFile(pact, fullDirectory, overwrite: false);
            Ffi.CheckZero(code, "pactffi_pact_handle_write_file", code switch
            {
                1 => "the engine panicked",
                2 => $"the pact file could not be written or merged into {pactFile}",
                3 => "no pact for the handle",
                _ => "unknown error",
            } + $" (file {pactFile})");
        }
    }

    /// <summary>
    /// An exclusive lock on a file in the temp directory named after the pact file (so the pact folder
    /// stays clean). .NET takes an OS lock for FileShare.None, which other processes' attempts respect.
    /// </summary>
    private static FileStream AcquireLockFile(string pactFile)
    {
        var lockDirectory = Path.Combine(Path.GetTempPath(), "authclients-pact-locks");
        Directory.CreateDirectory(lockDirectory);
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(pactFile)))[..32] + ".lock";
        var lockPath = Path.Combine(lockDirectory, name);

        var deadline = DateTime.UtcNow + CrossProcessTimeout;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(25);
            }
        }
    }
}
