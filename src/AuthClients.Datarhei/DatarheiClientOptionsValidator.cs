using AuthClients.Core;
using Microsoft.Extensions.Options;

namespace AuthClients.Datarhei;

/// <summary>Checks the options at start-up, with messages that say what to set.</summary>
internal sealed class DatarheiClientOptionsValidator : IValidateOptions<DatarheiClientOptions>
{
    private static readonly TimeSpan FailedLoginBrake = TimeSpan.FromSeconds(5);

    public ValidateOptionsResult Validate(string? name, DatarheiClientOptions options)
    {
        var failures = new List<string>();
        if (BaseAddressPolicy.Check(options.BaseAddress, options.AllowInsecureHttp) is { } problem)
        {
            failures.Add("DatarheiClientOptions.BaseAddress: " + problem + ".");
        }

        var hasPassword = !string.IsNullOrWhiteSpace(options.Username) && !string.IsNullOrEmpty(options.Password);
        if (!hasPassword && string.IsNullOrEmpty(options.Auth0AccessToken))
        {
            failures.Add("Set DatarheiClientOptions.Username and Password (api.auth.username/password of the Core), or Auth0AccessToken.");
        }

        if (options.Timeout <= FailedLoginBrake)
        {
            failures.Add($"DatarheiClientOptions.Timeout ({options.Timeout.TotalSeconds:0.#} s) must exceed the Core's 5-second brake on failed logins, or a wrong password shows up as a timeout.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
