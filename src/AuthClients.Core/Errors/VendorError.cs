namespace AuthClients.Core;

/// <summary>The vendor's own error, read from its error body.</summary>
/// <param name="Code">The vendor's error code (e.g. <c>invalid_grant</c>, <c>Unauthorized</c>, 401), if it gives one.</param>
/// <param name="Message">The vendor's message.</param>
/// <param name="Details">Further lines the vendor gives (a details list, a nested error's fields).</param>
public sealed record VendorError(string? Code, string? Message, IReadOnlyList<string>? Details = null);
