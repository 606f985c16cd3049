using AuthClients.Core;
using Refit;

namespace AuthClients.Fuse.V5;

/// <summary>Refit settings for Fuse v5: the generated JSON metadata and Fuse's typed errors.</summary>
internal static class FuseV5RefitSettings
{
    private static readonly ApiErrorTranslator Errors = new("Fuse", FuseErrorBodyReader.Read);

    public static RefitSettings Create() => Errors.Configure(FuseV5JsonContext.CreateRefitSettings());
}
