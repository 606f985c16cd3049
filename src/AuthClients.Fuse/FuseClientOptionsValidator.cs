using AuthClients.Core;
using Microsoft.Extensions.Options;

namespace AuthClients.Fuse;

/// <summary>Checks the options at start-up, with messages that say what to set.</summary>
internal sealed class FuseClientOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : FuseClientOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var failures = new List<string>();
        if (options.BaseAddress is null && string.IsNullOrWhiteSpace(options.Instance))
        {
            failures.Add("Set FuseClientOptions.Instance (the 'acme' of https://acme.fuseuniversal.com) or BaseAddress.");
        }
        else if (options.BaseAddress is null && Uri.CheckHostName(options.Instance + ".fuseuniversal.com") != UriHostNameType.Dns)
        {
            failures.Add($"FuseClientOptions.Instance '{options.Instance}' is not a valid host name part.");
        }
        else if (BaseAddressPolicy.Check(options.ResolveBaseAddress(), options.AllowInsecureHttp) is { } problem)
        {
            failures.Add("FuseClientOptions.BaseAddress: " + problem + ".");
        }

        if (string.IsNullOrWhiteSpace(options.LoginName))
        {
            failures.Add("Set FuseClientOptions.LoginName (the user name or e-mail used to log in).");
        }

        if (string.IsNullOrEmpty(options.Password))
        {
            failures.Add("Set FuseClientOptions.Password.");
        }

        if (options is FuseV4ClientOptions v4 && !System.Text.RegularExpressions.Regex.IsMatch(v4.ApiVersion ?? string.Empty, "^v4\\.[0-9]+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            failures.Add($"FuseV4ClientOptions.ApiVersion '{v4.ApiVersion}' is not a v4 version such as v4.4 or v4.3.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
