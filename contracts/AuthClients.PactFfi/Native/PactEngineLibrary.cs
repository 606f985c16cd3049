using System.Reflection;
using System.Runtime.InteropServices;

namespace AuthClients.PactFfi.Native;

/// <summary>
/// Locates libpact_ffi. The build copies it next to this assembly, where the runtime's default
/// probing finds it; <c>PACT_FFI_LIBRARY</c> (a full path) overrides that, and a missing engine
/// fails with a message that says how to fetch it instead of a bare DllNotFoundException.
/// </summary>
internal static class PactEngineLibrary
{
    /// <summary>Environment variable naming an explicit libpact_ffi path.</summary>
    internal const string OverrideVariable = "PACT_FFI_LIBRARY";

    private static int registered;

    internal static void EnsureResolverRegistered()
    {
        // SetDllImportResolver throws if called twice for one assembly.
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(PactEngineLibrary).Assembly, Resolve);
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != "pact_ffi")
        {
            return IntPtr.Zero;
        }

        var explicitPath = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return NativeLibrary.Load(explicitPath);
        }

        if (NativeLibrary.TryLoad(libraryName, assembly, searchPath, out var handle))
        {
            return handle;
        }

        throw new DllNotFoundException(
            $"The Pact engine (libpact_ffi.so) was not found next to {assembly.GetName().Name}.dll in " +
            $"{AppContext.BaseDirectory}. Building AuthClients.PactFfi fetches it (build/fetch-pact-engine.sh); " +
            $"or set {OverrideVariable} to the library's full path.");
    }
}
