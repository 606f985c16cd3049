using AuthClients.Core;
using Microsoft.Extensions.Options;

namespace AuthClients.Saymon;

/// <summary>Checks the options at start-up, with messages that say what to set.</summary>
internal sealed class SaymonClientOptionsValidator : IValidateOptions<SaymonClientOptions>
{
    public ValidateOptionsResult Validate(string? name, SaymonClientOptions options)
    {
        var failures = new List<string>();
        if (BaseAddressPolicy.Check(options.BaseAddress, options.AllowInsecureHttp) is { } problem)
        {
            failures.Add("SaymonClientOptions.BaseAddress: " + problem + ".");
        }

        if (string.IsNullOrWhiteSpace(options.Login) || string.IsNullOrEmpty(options.Password))
        {
            failures.Add("Set SaymonClientOptions.Login and Password (an account with the manage-users permission).");
        }

        if (string.IsNullOrWhiteSpace(options.UserId))
        {
            failures.Add("Set SaymonClientOptions.UserId (the user the token is created for).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
