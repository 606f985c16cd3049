namespace AuthClients.Core;

/// <summary>The vendor's own error, read from its error body.</summary>
/// <param name="Code">The vendor's error code (e.g. <c>invalid_grant</c>, <c>Unauthorized</c>, 401), if it gives one.</param>
/// <param name="Message">The vendor's message.</param>
/// <param name="Details">Further lines the vendor gives (datarhei's <c>details</c>, SAYMON's nested message).</param>
public sealed record VendorError(string? Code, string? Message, IReadOnlyList<string>? Details = null);
