using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace AuthClients.Mocks.Datarhei;

/// <summary>The datarhei Core mock's account, token lifetimes and brute-force brake (clearly fake demo values).</summary>
public sealed class DatarheiMockOptions
{
    public string Username { get; set; } = "admin";

    public string Password { get; set; } = "datarhei";

    /// <summary>Core answers failed logins only after this delay (5 s, as Core does); tests lower it.</summary>
    public TimeSpan FailedLoginDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromSeconds(600);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromSeconds(86400);

    /// <summary>Auth0 access tokens the mock accepts in place of username/password.</summary>
    public ISet<string> Auth0Tokens { get; } = new HashSet<string>(StringComparer.Ordinal);

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Options for a standalone run. <c>--DatarheiMock:FailedLoginDelaySeconds N</c> shortens the
    /// brake (fractions allowed, 0 turns it off): a standard Pact verifier gives up on a request
    /// after 5 s by default, exactly the brake's length.
    /// </summary>
    public static DatarheiMockOptions FromCommandLine(string[] args)
    {
        var section = new ConfigurationBuilder().AddCommandLine(args).Build().GetSection("DatarheiMock");
        var options = new DatarheiMockOptions();
        if (section["FailedLoginDelaySeconds"] is { Length: > 0 } text)
        {
            options.FailedLoginDelay = TimeSpan.FromSeconds(double.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
        }

        return options;
    }
}
