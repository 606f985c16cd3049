namespace AuthClients.Generator;

/// <summary>Names of the pipeline steps, so tests can assert each step's cache state.</summary>
internal static class TrackingNames
{
    public const string SpecFiles = nameof(SpecFiles);
    public const string Parse = nameof(Parse);
    public const string Diagnostics = nameof(Diagnostics);
    public const string Models = nameof(Models);
    public const string UnmarkedJson = nameof(UnmarkedJson);
    public const string CoreReference = nameof(CoreReference);
    public const string AuthWithoutCore = nameof(AuthWithoutCore);
    public const string DescribedAuth = nameof(DescribedAuth);
    public const string OptionShapes = nameof(OptionShapes);
    public const string DescribedOptions = nameof(DescribedOptions);
}
