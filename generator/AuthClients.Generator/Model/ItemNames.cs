namespace AuthClients.Generator.Model;

/// <summary>
/// The client name and namespace set on the spec's AdditionalFiles item
/// (<c>AuthClientsClientName</c>, <c>AuthClientsNamespace</c>), as NSwag's ClassName and
/// Namespace: nobody edits a vendor's document to name its client. Either may be absent.
/// </summary>
internal sealed record ItemNames(string? ClientName, string? Namespace)
{
    public static ItemNames None { get; } = new(null, null);
}
