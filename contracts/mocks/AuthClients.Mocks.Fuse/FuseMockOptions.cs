using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace AuthClients.Mocks.Fuse;

/// <summary>How a Fuse mock starts: its users and how its tokens rotate.</summary>
public sealed class FuseMockOptions
{
    /// <summary>The users <c>POST /session</c> accepts; starts with <see cref="FuseMockUser.Demo"/>.</summary>
    public IList<FuseMockUser> Users { get; } = [FuseMockUser.Demo];

    /// <summary>
    /// Tokens stop working this long after they were issued (Fuse: "each authentication
    /// token expires and renews at regular intervals"). <see langword="null"/>: never by time.
    /// </summary>
    public TimeSpan? RotateTokensEvery { get; set; }

    /// <summary>
    /// Every token stops working at each multiple of this interval on the mock's clock (Fuse:
    /// tokens "renew at regular intervals"), however recently it was issued: a client needs
    /// one new token per interval, so a run's logins can be counted from its duration.
    /// <see langword="null"/>: no such rotation.
    /// </summary>
    public TimeSpan? RotateAllTokensEvery { get; set; }

    /// <summary>
    /// Tokens stop working after this many accepted calls. <see langword="null"/>: never by use.
    /// </summary>
    public int? RotateTokensAfterUses { get; set; }

    /// <summary>The clock for token age and <c>updated_at</c>; tests pass a fake one to move time.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>A mock that knows exactly <paramref name="users"/> (instead of the demo user).</summary>
    public static FuseMockOptions Knowing(params IEnumerable<FuseMockUser> users)
    {
        var options = new FuseMockOptions();
        options.Users.Clear();
        foreach (var user in users)
        {
            options.Users.Add(user);
        }

        return options;
    }

    /// <summary>
    /// Options for a standalone run, read from <c>--FuseMock:RotateTokensEverySeconds N</c>
    /// and <c>--FuseMock:RotateTokensAfterUses N</c>.
    /// </summary>
    public static FuseMockOptions FromCommandLine(string[] args)
    {
        var section = new ConfigurationBuilder().AddCommandLine(args).Build().GetSection("FuseMock");
        return new FuseMockOptions
        {
            RotateTokensEvery = ReadInt(section, "RotateTokensEverySeconds") is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            RotateTokensAfterUses = ReadInt(section, "RotateTokensAfterUses"),
        };
    }

    private static int? ReadInt(IConfiguration section, string key) =>
        section[key] is { Length: > 0 } text ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : null;
}
