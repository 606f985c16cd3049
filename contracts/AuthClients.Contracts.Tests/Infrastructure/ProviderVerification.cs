using System.Text.Json.Nodes;
using AuthClients.PactFfi;
using AuthClients.PactFfi.Verifier;

namespace AuthClients.Contracts.Tests.Infrastructure;

/// <summary>Replays a committed pact against a running provider mock, provider states included.</summary>
internal static class ProviderVerification
{
    public static void Verify(IConsumerContract contract, Uri provider, Uri providerStates) =>
        Verify(contract.Provider, new FileInfo(PactFiles.Committed(contract.Consumer, contract.Provider)), provider, providerStates);

    /// <summary>
    /// The interactions of the committed pact whose request takes a value from a provider state and
    /// whose answer is a success, by description.
    /// </summary>
    public static IReadOnlyList<string> SucceedingOnlyWithStateValues(IConsumerContract contract) =>
        [.. Interactions(contract)
            .Where(i => UsesStateValues(i) && i["response"]!["status"]!.GetValue<int>() is >= 200 and < 300)
            .Select(i => i["description"]!.GetValue<string>())
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Proves the values are injected: each of <paramref name="descriptions"/>, replayed alone with
    /// its provider-state generators removed (so the verifier sends the pact's fixed examples), must
    /// fail against the mock, which accepts only what its state setup issued.
    /// </summary>
    public static void EachFailsWithTheExamples(IConsumerContract contract, Uri provider, Uri providerStates, IEnumerable<string> descriptions)
    {
        var pact = JsonNode.Parse(File.ReadAllText(PactFiles.Committed(contract.Consumer, contract.Provider)))!;
        foreach (var description in descriptions)
        {
            var copy = pact.DeepClone();
            var only = copy["interactions"]!.AsArray().Single(i => i!["description"]!.GetValue<string>() == description)!;
            only["request"]!.AsObject().Remove("generators").ShouldBeTrue($"\"{description}\" takes nothing from a provider state.");
            copy["interactions"] = new JsonArray(only.DeepClone());
            var file = Path.Combine(Directory.CreateTempSubdirectory("authclients-stripped-").FullName, "pact.json");
            File.WriteAllText(file, copy.ToJsonString());

            Should.Throw<PactVerificationException>(
                () => Verify(contract.Provider, new FileInfo(file), provider, providerStates),
                $"\"{description}\" passed with the pact's fixed examples: the provider-state values are not what made it pass.");
        }
    }

    private static void Verify(string providerName, FileInfo pact, Uri provider, Uri providerStates)
    {
        using var verifier = new PactVerifier(providerName);
        verifier
            .WithHttpEndpoint(provider)
            .WithFileSource(pact)
            .WithProviderStateUrl(providerStates)
            .Verify();
    }

    private static IEnumerable<JsonNode> Interactions(IConsumerContract contract) =>
        JsonNode.Parse(File.ReadAllText(PactFiles.Committed(contract.Consumer, contract.Provider)))!["interactions"]!.AsArray().Select(i => i!);

    // Generators are grouped by part (path, header, query, body), each a generator or a map of them.
    private static bool UsesStateValues(JsonNode interaction) =>
        interaction["request"]?["generators"]?.AsObject().Any(part =>
            part.Value!["type"]?.GetValue<string>() == "ProviderState"
            || part.Value.AsObject().Any(g => g.Value?["type"]?.GetValue<string>() == "ProviderState")) == true;
}
