using System.Text.Json;

namespace AuthClients.Mocks.Hosting.ProviderStates;

/// <summary>Whether the verifier is setting a state up before an interaction or tearing it down after.</summary>
internal enum ProviderStateAction
{
    Setup,
    Teardown,
}

/// <summary>
/// One provider state change, as every Pact verifier sends it:
/// <c>{"state": "...", "params": {...}, "action": "setup"|"teardown"}</c>, where a missing
/// <c>action</c> means setup and a missing <c>params</c> means none.
/// </summary>
internal sealed record ProviderStateChange(string State, ProviderStateAction Action, ProviderStateParameters Parameters)
{
    /// <summary>Reads a state change, or returns why the body is not one.</summary>
    public static bool TryParse(JsonElement body, out ProviderStateChange? change, out string? error)
    {
        change = null;
        error = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            error = "The body must be a JSON object {\"state\": \"...\", \"params\": {...}, \"action\": \"setup\"|\"teardown\"}.";
            return false;
        }

        // Verifiers call the state URL for interactions without a state too, with no or an empty
        // "state": that is the empty state, which needs no setup.
        var stateName = string.Empty;
        if (body.TryGetProperty("state", out var stateElement) && stateElement.ValueKind != JsonValueKind.Null)
        {
            if (stateElement.ValueKind != JsonValueKind.String)
            {
                error = "\"state\" must be a string.";
                return false;
            }

            stateName = stateElement.GetString()!;
        }

        if (!TryReadAction(body, out var action))
        {
            error = "\"action\" must be \"setup\" or \"teardown\" when present.";
            return false;
        }

        if (!TryReadParameters(body, out var parameters))
        {
            error = "\"params\" must be a JSON object when present.";
            return false;
        }

        change = new ProviderStateChange(stateName, action, parameters);
        return true;
    }

    private static bool TryReadAction(JsonElement body, out ProviderStateAction action)
    {
        action = ProviderStateAction.Setup;
        if (!body.TryGetProperty("action", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        switch (element.ValueKind == JsonValueKind.String ? element.GetString() : null)
        {
            case "setup":
                return true;
            case "teardown":
                action = ProviderStateAction.Teardown;
                return true;
            default:
                return false;
        }
    }

    private static bool TryReadParameters(JsonElement body, out ProviderStateParameters parameters)
    {
        parameters = ProviderStateParameters.Empty;
        if (!body.TryGetProperty("params", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        // Clone: the values outlive the JsonDocument the request was parsed into.
        var values = element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        parameters = new ProviderStateParameters(values);
        return true;
    }
}
