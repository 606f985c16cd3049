using Microsoft.Extensions.Options;

namespace AuthClients.Core;

/// <summary>
/// Validates a vendor's options at start-up (and a tenant's when it is loaded): the checks every
/// vendor shares, then the vendor's own, each message prefixed with the vendor and the
/// instance name so a service with several instances knows which one to fix.
/// </summary>
internal sealed class AuthClientOptionsValidator<TOptions>(AuthClientDefinition<TOptions> definition) : IValidateOptions<TOptions>
    where TOptions : AuthClientOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var failures = Failures(options).ToList();
        if (failures.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        var instance = string.IsNullOrEmpty(name) ? "(default instance)" : $"'{name}'";
        return ValidateOptionsResult.Fail(failures.Select(f => $"{definition.Vendor} client {instance}: {f}"));
    }

    private IEnumerable<string> Failures(TOptions options)
    {
        var type = options.GetType().Name;
        foreach (var failure in definition.Validate(options))
        {
            yield return failure;
        }

        if (options.ResolveBaseAddress() is not { } address)
        {
            yield return $"Set {type}.{options.BaseAddressHint}.";
        }
        else if (BaseAddressPolicy.Check(address, options.AllowInsecureHttp) is { } problem)
        {
            yield return $"{type}.BaseAddress: {problem}.";
        }

        if (options.Timeout <= TimeSpan.Zero && options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            yield return $"{type}.Timeout must be positive.";
        }

        if (options.RefreshSkew < TimeSpan.Zero)
        {
            yield return $"{type}.RefreshSkew must not be negative.";
        }

        if (options.LoginBackoff <= TimeSpan.Zero || options.MaxLoginBackoff < options.LoginBackoff)
        {
            yield return $"{type}.LoginBackoff must be positive and at most MaxLoginBackoff.";
        }
    }
}
