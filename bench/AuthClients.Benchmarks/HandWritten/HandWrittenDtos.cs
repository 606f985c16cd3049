using System.Text.Json;
using System.Text.Json.Serialization;

namespace AuthClients.Benchmarks.HandWritten;

// What a careful developer would write by hand for the same documented responses: the same
// fields, unknown ones kept, read through System.Text.Json's own source generator.

public sealed class HandFuseUser
{
    [JsonPropertyName("id")]
    public long? Id { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class HandSaymonUser
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("login")]
    public required string Login { get; init; }

    [JsonPropertyName("group")]
    public string? Group { get; init; }

    [JsonPropertyName("authenticationToken")]
    public string? AuthenticationToken { get; init; }

    [JsonPropertyName("status")]
    public int? Status { get; init; }

    [JsonPropertyName("eventFilter")]
    public IReadOnlyList<JsonElement>? EventFilter { get; init; }

    [JsonPropertyName("permissions")]
    public IReadOnlyList<string>? Permissions { get; init; }

    [JsonPropertyName("contacts")]
    public IReadOnlyList<JsonElement>? Contacts { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class HandResolveUserDetail
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("firstName")]
    public string? FirstName { get; init; }

    [JsonPropertyName("lastName")]
    public string? LastName { get; init; }

    [JsonPropertyName("middleName")]
    public string? MiddleName { get; init; }

    [JsonPropertyName("email")]
    public string? Email { get; init; }

    [JsonPropertyName("emailAddress")]
    public string? EmailAddress { get; init; }

    [JsonPropertyName("phone")]
    public string? Phone { get; init; }

    [JsonPropertyName("password")]
    public string? Password { get; init; }

    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    [JsonPropertyName("lastUpdatedBy")]
    public string? LastUpdatedBy { get; init; }

    [JsonPropertyName("userType")]
    public string? UserType { get; init; }

    [JsonPropertyName("authenticationType")]
    public string? AuthenticationType { get; init; }

    [JsonPropertyName("defaultOrg")]
    public string? DefaultOrg { get; init; }

    [JsonPropertyName("defaultSite")]
    public IReadOnlyList<string>? DefaultSite { get; init; }

    [JsonPropertyName("lastUserUpdateTime")]
    public string? LastUserUpdateTime { get; init; }

    [JsonPropertyName("lastLoginTime")]
    public string? LastLoginTime { get; init; }

    [JsonPropertyName("group")]
    public string? Group { get; init; }

    [JsonPropertyName("orgPrivilegeMap")]
    public JsonElement? OrgPrivilegeMap { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class HandDatarheiFilesystem
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("mount")]
    public string? Mount { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}

[JsonSerializable(typeof(HandFuseUser))]
[JsonSerializable(typeof(HandSaymonUser))]
[JsonSerializable(typeof(HandResolveUserDetail))]
[JsonSerializable(typeof(IReadOnlyList<HandDatarheiFilesystem>))]
internal sealed partial class HandWrittenJsonContext : JsonSerializerContext;
