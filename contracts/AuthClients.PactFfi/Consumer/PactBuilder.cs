using System.Text.Json;
using AuthClients.PactFfi.Native;

namespace AuthClients.PactFfi;

/// <summary>
/// Collects interactions in an engine pact handle and verifies them. Each verify consumes the handle
/// (mock server, merge into the file, free), so the next interaction starts a fresh one: a verify
/// only ever serves the interactions added since the previous verify, and a failed one leaves nothing behind.
/// Not thread-safe, like PactNet's builder: one per test.
/// </summary>
internal sealed class PactBuilder(string consumer, string provider, PactConfig config) : IPactBuilderV4
{
    private readonly JsonSerializerOptions jsonOptions = Matchers.PactJson.Create(config.DefaultJsonSettings);
    private PactHandle? pending;

    public string Consumer => consumer;

    public string Provider => provider;

    public PactConfig Config => config;

    public IPactBuilderV4 WithHttpInteractions() => new PactBuilder(consumer, provider, config);

    public IRequestBuilderV4 UponReceiving(string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        var pact = pending ??= NewPact();
        var interaction = NativeMethods.NewInteraction(pact, description);
        if (interaction.Reference == 0)
        {
            throw new PactFfiException("pactffi_new_interaction", $"returned a null handle for '{description}'");
        }

        Ffi.Check(NativeMethods.UponReceiving(interaction, description), "pactffi_upon_receiving", $"'{description}'");
        return new RequestBuilder(interaction, jsonOptions);
    }

    public void Verify(Action<IConsumerContext> interact)
    {
        ArgumentNullException.ThrowIfNull(interact);
        VerifyAsync(context =>
        {
            interact(context);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }

    public async Task VerifyAsync(Func<IConsumerContext, Task> interact)
    {
        ArgumentNullException.ThrowIfNull(interact);
        var pact = pending ?? throw new InvalidOperationException("No interactions to verify: call UponReceiving(...) first.");
        pending = null;
        try
        {
            using (var server = MockServer.Start(pact))
            {
                try
                {
                    await interact(new ConsumerContext(server.Uri)).ConfigureAwait(false);
                }
                catch (Exception callbackFailure) when (!server.Matched())
                {
                    // The mismatches usually explain why the client code failed; report both.
                    throw new PactFailureException(server.MismatchesJson(), callbackFailure);
                }

                if (!server.Matched())
                {
                    throw new PactFailureException(server.MismatchesJson());
                }
            }

            PactFileWriter.Merge(pact, config.PactDir, consumer, provider);
        }
        finally
        {
            // Non-zero only means the handle was already gone; there is nothing more to release.
            _ = NativeMethods.FreePactHandle(pact);
        }
    }

    private PactHandle NewPact()
    {
        var pact = NativeMethods.NewPact(consumer, provider);
        if (pact.Reference == 0)
        {
            throw new PactFfiException("pactffi_new_pact", $"returned a null handle for {consumer} -> {provider}");
        }

        Ffi.Check(NativeMethods.WithSpecification(pact, PactSpecification.V4), "pactffi_with_specification", "V4");
        return pact;
    }
}
