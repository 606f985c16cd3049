using AuthClients.Core;
using Refit;

namespace AuthClients.ResolveInsights;

/// <summary>Refit settings for Resolve Insights: the generated JSON metadata and OAuth errors.</summary>
internal static class ResolveInsightsRefitSettings
{
    private static readonly ApiErrorTranslator Errors = new("Resolve Insights", OAuthErrorReader.Read);

    public static RefitSettings Create() => Errors.Configure(ResolveInsightsJsonContext.CreateRefitSettings());
}
