using AuthClients.Mocks.Datarhei;

namespace AuthClients.EndToEnd.Tests.Datarhei;

/// <summary>
/// The standalone datarhei mock keeps Core's 5-second brake on failed logins unless told
/// otherwise: a standard Pact verifier's default request timeout is also 5 s, so docs/contracts.md tells
/// people to shorten the brake (or raise the verifier's timeout).
/// </summary>
public sealed class DatarheiMockCommandLineTests
{
    [Fact]
    public void Without_arguments_failed_logins_wait_five_seconds_as_Core_does()
    {
        DatarheiMockOptions.FromCommandLine([]).FailedLoginDelay.ShouldBe(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("1", 1000)]
    [InlineData("0.25", 250)]
    [InlineData("0", 0)]
    public void The_brake_can_be_shortened_from_the_command_line(string seconds, int expectedMilliseconds)
    {
        var options = DatarheiMockOptions.FromCommandLine(["--urls", "http://127.0.0.1:0", "--DatarheiMock:FailedLoginDelaySeconds", seconds]);

        options.FailedLoginDelay.ShouldBe(TimeSpan.FromMilliseconds(expectedMilliseconds));
    }
}
