namespace AuthClients.Mocks.Hosting.ProviderStates;

/// <summary>
/// What a state setup answers the verifier with: the JSON object whose keys the pact's
/// provider-state expressions name (<c>${accessToken}</c>). The verifier substitutes them into the
/// request before sending it, so the pact carries no value only the provider can make.
/// </summary>
public static class ProviderStateValues
{
    /// <summary>A state that makes nothing the pact needs back.</summary>
    public static IReadOnlyDictionary<string, string> None { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>One value under <paramref name="name"/>.</summary>
    public static IReadOnlyDictionary<string, string> Of(string name, string value) =>
        new Dictionary<string, string>(StringComparer.Ordinal) { [name] = value };
}
