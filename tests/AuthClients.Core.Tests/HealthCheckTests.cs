using System.Net;
using AuthClients.Core.Tests.Fakes;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.Core.Tests;

/// <summary>The session health check's states, over a fake vendor endpoint.</summary>
public sealed class HealthCheckTests
{
    private const string Password = "fake-health-password-77";
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task A_cached_valid_token_is_Healthy_without_a_login()
    {
        var endpoint = new FakeTokenEndpoint();
        var session = Session(endpoint);
        await session.Tokens.GetTokenAsync();

        var result = await CheckAsync(session);

        result.Status.ShouldBe(HealthStatus.Healthy);
        endpoint.Logins.ShouldBe(1, "the check used the cached token");
    }

    [Fact]
    public async Task With_no_token_yet_the_check_logs_in_once_and_is_Healthy()
    {
        var endpoint = new FakeTokenEndpoint();
        var session = Session(endpoint);

        (await CheckAsync(session)).Status.ShouldBe(HealthStatus.Healthy);
        (await CheckAsync(session)).Status.ShouldBe(HealthStatus.Healthy);

        endpoint.Logins.ShouldBe(1);
    }

    [Fact]
    public async Task A_refused_login_is_Unhealthy_with_the_vendors_message_masked_then_Degraded_during_the_backoff()
    {
        var endpoint = new FakeTokenEndpoint { FailLogin = _ => Refused($"Invalid login for password {Password}") };
        var session = Session(endpoint);

        var refused = await CheckAsync(session);
        var remembered = await CheckAsync(session);

        refused.Status.ShouldBe(HealthStatus.Unhealthy);
        refused.Description.ShouldNotBeNull().ShouldContain("Invalid login");
        refused.Description.ShouldNotContain(Password);
        remembered.Status.ShouldBe(HealthStatus.Degraded);
        remembered.Description.ShouldNotBeNull().ShouldContain("remembered");
        remembered.Description.ShouldNotContain(Password);
        remembered.Data["retryAfter"].ShouldBe(_time.GetUtcNow() + TimeSpan.FromSeconds(1));
        endpoint.Logins.ShouldBe(1, "no login is tried while the backoff runs");
        AllText(refused).Concat(AllText(remembered)).ShouldAllBe(t => !t.Contains(Password));
    }

    [Fact]
    public async Task After_the_backoff_a_check_tries_again_and_is_Healthy_when_the_login_succeeds()
    {
        var endpoint = new FakeTokenEndpoint { FailLogin = n => n == 1 ? Refused("Invalid login") : null };
        var session = Session(endpoint);
        (await CheckAsync(session)).Status.ShouldBe(HealthStatus.Unhealthy);

        _time.Advance(TimeSpan.FromSeconds(2));

        (await CheckAsync(session)).Status.ShouldBe(HealthStatus.Healthy);
        endpoint.Logins.ShouldBe(2);
    }

    [Fact]
    public async Task An_unreachable_vendor_is_Unhealthy_or_the_registrations_failure_status()
    {
        var endpoint = new FakeTokenEndpoint { FailLogin = _ => new VendorUnreachableException("Fake", "Fake at http://127.0.0.1/login refused the connection.", new HttpRequestException("refused")) };
        var session = Session(endpoint);

        var unhealthy = await CheckAsync(session);
        var degradedByChoice = await CheckAsync(session, HealthStatus.Degraded);

        unhealthy.Status.ShouldBe(HealthStatus.Unhealthy);
        unhealthy.Description.ShouldNotBeNull().ShouldContain("refused the connection");
        unhealthy.Exception.ShouldBeNull("report writers print exceptions unmasked");
        degradedByChoice.Status.ShouldBe(HealthStatus.Degraded);
        unhealthy.Data["vendor"].ShouldBe("Fake");
        unhealthy.Data["session"].ShouldBe("health");
    }

    private AuthSession Session(FakeTokenEndpoint endpoint) =>
        TestSessions.Over(endpoint, time: _time, name: "health", secrets: [Password]);

    private static Task<HealthCheckResult> CheckAsync(AuthSession session, HealthStatus failureStatus = HealthStatus.Unhealthy)
    {
        var check = new AuthSessionHealthCheck(session);
        return check.CheckHealthAsync(new HealthCheckContext { Registration = new HealthCheckRegistration("fake", check, failureStatus, null) });
    }

    private static IEnumerable<string> AllText(HealthCheckResult result) =>
        result.Data.Select(d => $"{d.Key}={d.Value}").Append(result.Description ?? string.Empty);

    private static AuthenticationFailedException Refused(string message) =>
        new(new VendorApiException("Fake", HttpStatusCode.Unauthorized, new VendorError("401", message), "Fake answered 401 Unauthorized: " + message));
}
