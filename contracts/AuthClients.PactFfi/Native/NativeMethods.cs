using System.Runtime.InteropServices;

namespace AuthClients.PactFfi.Native;

/// <summary>
/// The libpact_ffi functions this binding uses, and nothing else. Signatures follow the pact_ffi 0.5.x
/// C header shipped in pact-core 20.2.0. Rust <c>bool</c> is one byte, hence <c>U1</c> everywhere.
/// Strings the engine hands back are returned as pointers because who frees them differs per call.
/// </summary>
internal static partial class NativeMethods
{
    private const string Library = "pact_ffi";

    static NativeMethods() => PactEngineLibrary.EnsureResolverRegistered();

    // ---- Consumer: building the pact ----

    [LibraryImport(Library, EntryPoint = "pactffi_new_pact", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial PactHandle NewPact(string consumerName, string providerName);

    [LibraryImport(Library, EntryPoint = "pactffi_with_specification")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithSpecification(PactHandle pact, PactSpecification version);

    [LibraryImport(Library, EntryPoint = "pactffi_new_interaction", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial InteractionHandle NewInteraction(PactHandle pact, string description);

    [LibraryImport(Library, EntryPoint = "pactffi_upon_receiving", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool UponReceiving(InteractionHandle interaction, string description);

    [LibraryImport(Library, EntryPoint = "pactffi_given", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool Given(InteractionHandle interaction, string description);

    /// <remarks><paramref name="value"/> is parsed as JSON by the engine (falling back to a plain string).</remarks>
    [LibraryImport(Library, EntryPoint = "pactffi_given_with_param", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool GivenWithParam(InteractionHandle interaction, string description, string name, string value);

    [LibraryImport(Library, EntryPoint = "pactffi_with_request", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithRequest(InteractionHandle interaction, string method, string path);

    [LibraryImport(Library, EntryPoint = "pactffi_with_query_parameter_v2", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithQueryParameterV2(InteractionHandle interaction, string name, nuint index, string value);

    [LibraryImport(Library, EntryPoint = "pactffi_with_header_v2", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithHeaderV2(InteractionHandle interaction, InteractionPart part, string name, nuint index, string value);

    [LibraryImport(Library, EntryPoint = "pactffi_with_body", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithBody(InteractionHandle interaction, InteractionPart part, string contentType, string body);

    [LibraryImport(Library, EntryPoint = "pactffi_response_status")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool ResponseStatus(InteractionHandle interaction, ushort status);

    /// <returns>0 when freed, 1 when the handle was not valid.</returns>
    [LibraryImport(Library, EntryPoint = "pactffi_free_pact_handle")]
    internal static partial uint FreePactHandle(PactHandle pact);

    /// <returns>0 on success; 1 panic, 2 file not writable, 3 no pact for the handle.</returns>
    [LibraryImport(Library, EntryPoint = "pactffi_pact_handle_write_file", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int PactHandleWriteFile(PactHandle pact, string directory, [MarshalAs(UnmanagedType.U1)] bool overwrite);

    // ---- Consumer: the mock server ----

    /// <returns>The bound port (&gt; 0), or a negative error code.</returns>
    [LibraryImport(Library, EntryPoint = "pactffi_create_mock_server_for_transport", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int CreateMockServerForTransport(PactHandle pact, string address, ushort port, string transport, string? transportConfig);

    [LibraryImport(Library, EntryPoint = "pactffi_mock_server_matched")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool MockServerMatched(int mockServerPort);

    /// <returns>A JSON string owned by the mock server (freed by cleanup), or null if there is no such server.</returns>
    [LibraryImport(Library, EntryPoint = "pactffi_mock_server_mismatches")]
    internal static partial IntPtr MockServerMismatches(int mockServerPort);

    [LibraryImport(Library, EntryPoint = "pactffi_cleanup_mock_server")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool CleanupMockServer(int mockServerPort);

    // ---- Provider: the verifier ----

    /// <returns>An owned verifier handle (free with <see cref="VerifierShutdown"/>), or null.</returns>
    [LibraryImport(Library, EntryPoint = "pactffi_verifier_new_for_application", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr VerifierNewForApplication(string name, string version);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_provider_info", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetProviderInfo(IntPtr handle, string name, string scheme, string host, ushort port, string path);

    /// <param name="handle">The verifier.</param>
    /// <param name="url">The state-change URL.</param>
    /// <param name="teardown">Non-zero: also send teardown requests after each interaction.</param>
    /// <param name="body">Non-zero: send state data as a JSON body rather than query parameters.</param>
    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_provider_state", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetProviderState(IntPtr handle, string url, byte teardown, byte body);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_add_file_source", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierAddFileSource(IntPtr handle, string file);

    /// <returns>0 verified; 1 verification failed; 2 invalid arguments or a panic.</returns>
    [LibraryImport(Library, EntryPoint = "pactffi_verifier_execute")]
    internal static partial int VerifierExecute(IntPtr handle);

    /// <returns>A string the caller must free with <see cref="StringDelete"/>, or null for an invalid handle.</returns>
    [LibraryImport(Library, EntryPoint = "pactffi_verifier_output")]
    internal static partial IntPtr VerifierOutput(IntPtr handle, byte stripAnsi);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_shutdown")]
    internal static partial void VerifierShutdown(IntPtr handle);

    [LibraryImport(Library, EntryPoint = "pactffi_string_delete")]
    internal static partial void StringDelete(IntPtr value);
}
