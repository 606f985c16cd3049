using AuthClients.Core;
using Refit;

namespace AuthClients.Datarhei;

/// <summary>Refit settings for datarhei Core: the generated JSON metadata and the Core's typed errors.</summary>
internal static class DatarheiRefitSettings
{
    private static readonly ApiErrorTranslator Errors = new("datarhei Core", DatarheiErrorReader.Read);

    public static RefitSettings Create() => Errors.Configure(DatarheiJsonContext.CreateRefitSettings());
}
