using AuthClients.Core;
using Microsoft.Extensions.Options;

namespace AuthClients.ResolveInsights;

/// <summary>Checks the options at start-up, with messages that say what to set.</summary>
internal sealed class ResolveInsightsClientOptionsValidator : IValidateOptions<ResolveInsightsClientOptions>
{
    public ValidateOptionsResult Validate(string? name, ResolveInsightsClientOptions options)
    {
        var failures = new List<string>();
        if (BaseAddressPolicy.Check(options.BaseAddress, options.AllowInsecureHttp) is { } problem)
        {
            failures.Add("ResolveInsightsClientOptions.BaseAddress: " + problem + ".");
        }

        if (string.IsNullOrWhiteSpace(options.Username) || string.IsNullOrEmpty(options.Password))
        {
            failures.Add("Set ResolveInsightsClientOptions.Username and Password.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrEmpty(options.ClientSecret))
        {
            failures.Add("ResolveInsightsClientOptions.ClientId and ClientSecret must not be empty (documented defaults: fixstreamapp / fixstream).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
