using System.Net;
using AuthClients.Core.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.Core.Tests;

/// <summary>
/// Renewal ahead of need, on a fake clock: from the renewal point until expiry no caller waits
/// and no caller sees a failed renewal; only a caller whose token has expired waits.
/// </summary>
public sealed class RenewalAheadTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeLogger<TokenSession> _logger = new();

    [Fact]
    public async Task Callers_past_the_renewal_point_get_the_valid_token_at_once_while_one_renewal_runs_in_the_background()
    {
        var endpoint = new FakeTokenEndpoint(_time) { Lifetime = TimeSpan.FromMinutes(10), RefreshSupported = true };
        var session = Session(endpoint);
        var first = await session.GetTokenAsync();
        endpoint.RefreshGate = new TaskCompletionSource();
        _time.Advance(TimeSpan.FromSeconds(575)); // 25 s before expiry: past the 30-second skew

        var calls = Enumerable.Range(0, 1000).Select(_ => session.GetTokenAsync().AsTask()).ToArray();
        await Eventually.True(() => endpoint.Refreshes == 1, "the renewal started");
        _time.Advance(TimeSpan.FromSeconds(20));
        var whileInFlight = Enumerable.Range(0, 1000).Select(_ => session.GetTokenAsync().AsTask()).ToArray();

        calls.Concat(whileInFlight).ShouldAllBe(call => call.IsCompletedSuccessfully, "no caller waits for the renewal");
        calls.Concat(whileInFlight).ShouldAllBe(call => ReferenceEquals(call.Result, first));
        endpoint.RefreshGate.SetResult();
        await Eventually.True(() => Eventually.Served(session) == "refreshed-1");
        endpoint.Refreshes.ShouldBe(1, "one renewal for all the callers");
        endpoint.Logins.ShouldBe(1);
    }

    [Fact]
    public async Task A_caller_whose_token_has_expired_waits_for_the_renewal()
    {
        var endpoint = new FakeTokenEndpoint(_time) { Lifetime = TimeSpan.FromMinutes(10), RefreshSupported = true };
        var session = Session(endpoint);
        await session.GetTokenAsync();
        endpoint.RefreshGate = new TaskCompletionSource();
        _time.Advance(TimeSpan.FromMinutes(10));

        var call = session.GetTokenAsync();
        await Eventually.True(() => endpoint.Refreshes == 1);
        await Task.Delay(50);

        call.IsCompleted.ShouldBeFalse("an expired token is never handed out");
        endpoint.RefreshGate.SetResult();
        (await call).Value.ShouldBe("refreshed-1");
    }

    [Fact]
    public async Task A_failing_renewal_is_retried_in_the_background_until_it_succeeds_and_no_caller_sees_it()
    {
        using var telemetry = new CollectedTelemetry("retried");
        var endpoint = new FakeTokenEndpoint(_time) { Lifetime = TimeSpan.FromMinutes(10), RefreshSupported = true, FailRefresh = n => n <= 3 ? Unavailable() : null };
        var session = Session(endpoint, telemetry: telemetry.ForSession);
        var first = await session.GetTokenAsync();
        _time.Advance(TimeSpan.FromSeconds(575));

        var served = await CallEveryStepUntil(session, token => token.Value != first.Value, first.ExpiresAt!.Value);

        served.Distinct().ShouldBe([first.Value, "refreshed-4"], "every call got a valid token, and none failed");
        endpoint.Refreshes.ShouldBe(4);
        _logger.Collector.GetSnapshot().Count(r => r.Level == LogLevel.Warning).ShouldBe(1, "one warning for the outage, not one per attempt");
        _logger.Collector.GetSnapshot().ShouldContain(r => r.Level == LogLevel.Information && r.Message.StartsWith("Renewed at attempt 4", StringComparison.Ordinal));
        telemetry.RenewalFailures.GetMeasurementSnapshot().Where(m => Equals(m.Tags[AuthClientsTelemetry.RetriedTag], true)).Sum(m => m.Value).ShouldBe(3);
        CollectedTelemetry.Count(telemetry.RenewalFailures, AuthClientsTelemetry.Error).ShouldBe(3);
    }

    [Fact]
    public async Task A_renewal_failing_until_expiry_is_retried_until_then_and_only_callers_after_expiry_get_the_error()
    {
        var endpoint = new FakeTokenEndpoint(_time) { Lifetime = TimeSpan.FromMinutes(1), RefreshSupported = true, FailRefresh = _ => Unavailable() };
        var session = Session(endpoint);
        var first = await session.GetTokenAsync();
        _time.Advance(TimeSpan.FromSeconds(55)); // the 30-second skew is capped at 6 s of a 1-minute token

        var served = await CallEveryStepUntil(session, _ => false, first.ExpiresAt!.Value);

        served.ShouldAllBe(value => value == first.Value, "while the token was valid, every call got it");
        endpoint.Refreshes.ShouldBeGreaterThan(4, "retried until expiry");
        var failure = await Should.ThrowAsync<VendorApiException>(() => session.GetTokenAsync().AsTask());
        failure.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var logs = _logger.Collector.GetSnapshot();
        logs.Count(r => r.Message.StartsWith("Renewal failed (", StringComparison.Ordinal)).ShouldBe(1);
        await Eventually.True(() => _logger.Collector.GetSnapshot().Any(r => r.Level == LogLevel.Warning && r.Message.StartsWith("Renewal still failing when the token in use expired", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_rejection_while_the_renewal_pauses_between_attempts_renews_at_once_without_waiting_out_the_pause()
    {
        var endpoint = new FakeTokenEndpoint(_time) { Lifetime = TimeSpan.FromMinutes(10), RefreshSupported = true, FailRefresh = n => n == 1 ? Unavailable() : null };
        var session = Session(endpoint);
        var first = await session.GetTokenAsync();
        _time.Advance(TimeSpan.FromSeconds(575));
        (await session.GetTokenAsync()).ShouldBeSameAs(first);
        await Eventually.True(() => _logger.Collector.GetSnapshot().Any(r => r.Message.StartsWith("Renewal failed (", StringComparison.Ordinal)), "the first attempt failed");

        // The fake clock stands still: the pause (at least 100 ms) never ends on its own.
        var renewed = await session.RenewAfterRejectionAsync(first).AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        renewed.Value.ShouldBe("refreshed-2");
    }

    [Fact]
    public async Task A_login_refused_during_a_background_renewal_is_remembered_and_callers_keep_the_valid_token_until_it_expires()
    {
        var endpoint = new FakeTokenEndpoint(_time) { Lifetime = TimeSpan.FromMinutes(1), FailLogin = n => n >= 2 ? Refused() : null };
        var session = Session(endpoint, new TokenSessionOptions { LoginBackoff = TimeSpan.FromSeconds(10) });
        var first = await session.GetTokenAsync();
        _time.Advance(TimeSpan.FromSeconds(55));
        (await session.GetTokenAsync()).ShouldBeSameAs(first);
        await Eventually.True(() => endpoint.Logins == 2);

        var served = await CallEveryStepUntil(session, _ => false, first.ExpiresAt!.Value);

        served.ShouldAllBe(value => value == first.Value);
        endpoint.Logins.ShouldBe(2, "a refusal is not retried before its window ends, whatever the callers");
        var remembered = await Should.ThrowAsync<AuthenticationFailedException>(() => session.GetTokenAsync().AsTask());
        remembered.RetryAfter.ShouldNotBeNull("after expiry, callers get the remembered refusal without a login");
        endpoint.Logins.ShouldBe(2);
    }

    [Fact]
    public async Task The_renewal_point_allows_for_the_vendors_answer_time_so_a_short_token_is_renewed_before_it_expires()
    {
        // A 3-second token from a vendor that takes 400 ms: a tenth of the lifetime (0.3 s) would
        // end the token before the renewal's answer came.
        var endpoint = new FakeTokenEndpoint(_time) { Lifetime = TimeSpan.FromSeconds(3) };
        endpoint.Answering = () => _time.Advance(TimeSpan.FromMilliseconds(400));
        var session = Session(endpoint);
        var first = await session.GetTokenAsync();
        var expiresAt = first.ExpiresAt!.Value;

        _time.Advance(TimeSpan.FromSeconds(1.85)); // 1.15 s before expiry
        (await session.GetTokenAsync()).ShouldBeSameAs(first);
        await Eventually.True(() => Eventually.Served(session) == "token-2", "the renewal started 1.2 s (three answers) ahead");

        var second = await session.GetTokenAsync();
        var renewedAt = second.ExpiresAt!.Value - TimeSpan.FromSeconds(3);
        renewedAt.ShouldBeLessThan(expiresAt, "the renewal was over before the token in use expired");
    }

    [Fact]
    public async Task Tokens_with_no_known_lifetime_are_not_renewed_ahead()
    {
        var endpoint = new FakeTokenEndpoint(_time);
        var session = Session(endpoint);
        var first = await session.GetTokenAsync();

        _time.Advance(TimeSpan.FromDays(365));
        (await session.GetTokenAsync()).ShouldBeSameAs(first);
        await Task.Delay(50);

        endpoint.Logins.ShouldBe(1, "renewed on rejection only");
    }

    [Theory]
    [InlineData(600, 0.4, 30)] // the skew
    [InlineData(10, 0.4, 1.2)] // three answer times: more than a tenth of the lifetime
    [InlineData(3, 0.4, 1.2)]
    [InlineData(1, 0.4, 0.5)] // never more than half the lifetime
    [InlineData(10, 0, 1)] // a tenth of the lifetime, as before
    public void The_renewal_point_is_the_longest_of_the_skew_and_three_answer_times_at_most_half_the_lifetime(double lifetimeSeconds, double answerSeconds, double leadSeconds)
    {
        var now = _time.GetUtcNow();
        var expiresAt = now + TimeSpan.FromSeconds(lifetimeSeconds);

        var renewAt = RenewalSchedule.RenewAt(expiresAt, now, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(answerSeconds));

        (expiresAt - renewAt).TotalSeconds.ShouldBe(leadSeconds, tolerance: 1e-6);
    }

    [Fact]
    public void Retry_pauses_double_with_jitter_and_never_reach_past_expiry()
    {
        var now = _time.GetUtcNow();
        var random = new Random(20);
        var far = now + TimeSpan.FromHours(1);

        for (var failures = 1; failures <= 12; failures++)
        {
            var full = TimeSpan.FromMilliseconds(Math.Min(200 * Math.Pow(2, failures - 1), 30_000));
            RenewalRetryDelay.After(failures, now, far, random).ShouldBeInRange(full / 2, full);
        }

        RenewalRetryDelay.After(10, now, now + TimeSpan.FromMilliseconds(30), random).ShouldBe(TimeSpan.FromMilliseconds(30));
        RenewalRetryDelay.After(1, now, now - TimeSpan.FromSeconds(1), random).ShouldBe(TimeSpan.Zero);
    }

    /// <summary>
    /// Calls once per <see cref="Step"/> of the fake clock until <paramref name="done"/> or
    /// <paramref name="until"/>; every call must be answered at once. Returns the values served.
    /// </summary>
    private async Task<List<string>> CallEveryStepUntil(TokenSession session, Func<AuthToken, bool> done, DateTimeOffset until)
    {
        var served = new List<string>();
        while (_time.GetUtcNow() < until)
        {
            var call = session.GetTokenAsync().AsTask();
            call.IsCompletedSuccessfully.ShouldBeTrue($"a caller waited at {_time.GetUtcNow():O} with a valid token");
            served.Add(call.Result.Value);
            if (done(call.Result))
            {
                break;
            }

            _time.Advance(Step);
            await Task.Delay(2); // real time for the background renewal to run
        }

        return served;
    }

    private TokenSession Session(FakeTokenEndpoint endpoint, TokenSessionOptions? options = null, SessionTelemetry? telemetry = null) =>
        new(endpoint, options ?? new TokenSessionOptions(), _time, _logger, secrets: null, telemetry);

    private static VendorApiException Unavailable() =>
        new("Fake", HttpStatusCode.ServiceUnavailable, new VendorError(null, "try later"), "Fake answered 503 Service Unavailable");

    private static AuthenticationFailedException Refused() =>
        new(new VendorApiException("Fake", HttpStatusCode.Unauthorized, new VendorError("401", "Invalid login"), "Fake answered 401 Unauthorized: Invalid login"));
}
