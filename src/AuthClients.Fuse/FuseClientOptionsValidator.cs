using AuthClients.Core;
using Microsoft.Extensions.Options;

namespace AuthClients.Fuse;

/// <summary>Checks the options at start-up, with messages that say what to set.</summary>
internal sealed class FuseClientOptionsValidator : IValidateOptions<FuseClientOptions>
{
    public ValidateOptionsResult Validate(string? name, FuseClientOptions options)
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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
