using AuthClients.Core;
using Refit;

namespace AuthClients.Saymon;

/// <summary>Refit settings for SAYMON: the generated JSON metadata and SAYMON's typed errors.</summary>
internal static class SaymonRefitSettings
{
    private static readonly ApiErrorTranslator Errors = new("SAYMON", SaymonErrorReader.Read);

    public static RefitSettings Create() => Errors.Configure(SaymonJsonContext.CreateRefitSettings());
}
