namespace AuthClients.Fuse;

/// <summary>Options of the Fuse v4.4-and-below client: the v5 options plus the version segment.</summary>
public sealed class FuseV4ClientOptions : FuseClientOptions
{
    /// <summary>The version segment of the API path: v4.4 by default; older instances use v4.3.</summary>
    public string ApiVersion { get; set; } = "v4.4";
}
