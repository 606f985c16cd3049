using System.Diagnostics;
using System.Net;
using AuthClients.Core.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.Core.Tests;

/// <summary>What the meter and the activity source "AuthClients" publish for each token event, counted exactly.</summary>
public sealed class TelemetryTests : IDisposable
{
    private const string Password = "fake-telemetry-password-9f3";
    private readonly CollectedTelemetry _collected = new("telemetry-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => _collected.Dispose();

    [Fact]
    public async Task A_login_is_one_successful_login_one_duration_and_one_span()
    {
        var session = Session(new FakeTokenEndpoint());

        await session.Tokens.GetTokenAsync();
        await session.Tokens.GetTokenAsync();

        CollectedTelemetry.Count(_collected.Logins, AuthClientsTelemetry.Success).ShouldBe(1);
        CollectedTelemetry.Total(_collected.Logins).ShouldBe(1, "the second call used the cached token");
        CollectedTelemetry.Total(_collected.LoginFailures).ShouldBe(0);
        CollectedTelemetry.Total(_collected.Refreshes).ShouldBe(0);
        var duration = _collected.Durations.GetMeasurementSnapshot().ShouldHaveSingleItem();
        duration.Tags[AuthClientsTelemetry.OperationTag].ShouldBe(AuthClientsTelemetry.Login);
        duration.Tags[AuthClientsTelemetry.VendorTag].ShouldBe("Fake");
        duration.Value.ShouldBeGreaterThanOrEqualTo(0);
        _collected.Durations.Instrument!.Unit.ShouldBe("s");
        _collected.Logins.Instrument!.Unit.ShouldBe("{login}");
        var span = _collected.Spans.ShouldHaveSingleItem();
        span.DisplayName.ShouldBe("AuthClients login");
        span.GetTagItem(AuthClientsTelemetry.OutcomeTag).ShouldBe(AuthClientsTelemetry.Success);
        span.Status.ShouldBe(ActivityStatusCode.Unset);
    }

    [Fact]
    public async Task A_refresh_is_one_successful_refresh_and_no_second_login()
    {
        var time = new FakeTimeProvider();
        var session = Session(new FakeTokenEndpoint(time) { Lifetime = TimeSpan.FromMinutes(10), RefreshSupported = true }, time);

        await session.Tokens.GetTokenAsync();
        time.Advance(TimeSpan.FromMinutes(10));
        (await session.Tokens.GetTokenAsync()).Value.ShouldBe("refreshed-1");

        CollectedTelemetry.Count(_collected.Refreshes, AuthClientsTelemetry.Success).ShouldBe(1);
        CollectedTelemetry.Total(_collected.Logins).ShouldBe(1);
        _collected.Durations.GetMeasurementSnapshot().Select(m => m.Tags[AuthClientsTelemetry.OperationTag]).ShouldBe([AuthClientsTelemetry.Login, AuthClientsTelemetry.Refresh]);
        _collected.Spans.Select(s => s.DisplayName).ShouldBe(["AuthClients login", "AuthClients refresh"]);
    }

    [Fact]
    public async Task A_refused_refresh_counts_as_a_refused_refresh_then_a_login()
    {
        var time = new FakeTimeProvider();
        var session = Session(new FakeTokenEndpoint(time) { Lifetime = TimeSpan.FromMinutes(10), RefreshSupported = true, RejectRefresh = true }, time);

        await session.Tokens.GetTokenAsync();
        time.Advance(TimeSpan.FromMinutes(10));
        (await session.Tokens.GetTokenAsync()).Value.ShouldBe("token-2");

        CollectedTelemetry.Count(_collected.Refreshes, AuthClientsTelemetry.Refused).ShouldBe(1);
        CollectedTelemetry.Count(_collected.Logins, AuthClientsTelemetry.Success).ShouldBe(2);
        CollectedTelemetry.Total(_collected.LoginFailures).ShouldBe(0, "a refused refresh is not a failed login");
    }

    [Fact]
    public async Task A_rejected_token_is_one_reauthentication_and_an_event_on_the_resource_call_span()
    {
        var endpoint = new FakeTokenEndpoint();
        var session = Session(endpoint);
        var inner = new ScriptedHandler(r => r.Headers.GetValues("X-Token").Single() == "token-1" ? HttpStatusCode.Unauthorized : HttpStatusCode.OK);
        using var client = new HttpClient(new AuthenticatingHandler(session) { InnerHandler = inner });

        using (var resourceCall = CollectedTelemetry.ResourceCalls.StartActivity("GET users/me"))
        {
            resourceCall.ShouldNotBeNull();
            using var response = await client.GetAsync(new Uri("http://127.0.0.1/resource"));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);

            var reauthentication = resourceCall.Events.ShouldHaveSingleItem();
            reauthentication.Name.ShouldBe(AuthClientsTelemetry.ReauthenticationEvent);
            reauthentication.Tags.ShouldContain(t => t.Key == AuthClientsTelemetry.SessionTag && Equals(t.Value, _collected.Session));
            reauthentication.Tags.ShouldContain(t => t.Key == AuthClientsTelemetry.OutcomeTag && Equals(t.Value, AuthClientsTelemetry.Success));

            // The login the first call needed and the one after the 401 both ran under the call's span.
            _collected.Spans.Where(s => s.DisplayName == "AuthClients login").Select(s => s.ParentSpanId).ShouldAllBe(id => id == resourceCall.SpanId);
        }

        CollectedTelemetry.Count(_collected.Reauthentications, AuthClientsTelemetry.Success).ShouldBe(1);
        CollectedTelemetry.Total(_collected.Reauthentications).ShouldBe(1);
        CollectedTelemetry.Count(_collected.Logins, AuthClientsTelemetry.Success).ShouldBe(2);
    }

    [Fact]
    public async Task A_refused_login_is_one_refused_login_and_one_failure_and_the_remembered_refusal_adds_none()
    {
        var session = Session(new FakeTokenEndpoint { FailLogin = _ => Refused() });

        await Should.ThrowAsync<AuthenticationFailedException>(() => session.Tokens.GetTokenAsync().AsTask());
        var remembered = await Should.ThrowAsync<AuthenticationFailedException>(() => session.Tokens.GetTokenAsync().AsTask());

        remembered.RetryAfter.ShouldNotBeNull();
        CollectedTelemetry.Count(_collected.Logins, AuthClientsTelemetry.Refused).ShouldBe(1);
        CollectedTelemetry.Total(_collected.Logins).ShouldBe(1);
        CollectedTelemetry.Count(_collected.LoginFailures, AuthClientsTelemetry.Refused).ShouldBe(1);
        CollectedTelemetry.Total(_collected.LoginFailures).ShouldBe(1);
        var span = _collected.Spans.ShouldHaveSingleItem();
        span.Status.ShouldBe(ActivityStatusCode.Error);
        span.GetTagItem(AuthClientsTelemetry.ErrorTypeTag).ShouldBe(typeof(AuthenticationFailedException).FullName);
    }

    [Fact]
    public async Task An_unreachable_vendor_is_a_failed_login_with_outcome_unreachable()
    {
        var session = Session(new FakeTokenEndpoint { FailLogin = _ => new VendorUnreachableException("Fake", "Fake refused the connection.", new HttpRequestException("refused")) });

        await Should.ThrowAsync<VendorUnreachableException>(() => session.Tokens.GetTokenAsync().AsTask());

        CollectedTelemetry.Count(_collected.LoginFailures, AuthClientsTelemetry.Unreachable).ShouldBe(1);
    }

    [Fact]
    public async Task No_tag_event_or_span_name_carries_a_secret()
    {
        // The refusal's message quotes the password and the token: only names and outcomes may be published.
        var endpoint = new FakeTokenEndpoint
        {
            TokenPrefix = "tok-secret-",
            FailLogin = n => n == 2 ? new AuthenticationFailedException(new VendorApiException("Fake", HttpStatusCode.Unauthorized, new VendorError("401", "refused"), $"refused {Password} tok-secret-1")) : null,
        };
        var session = Session(endpoint);
        var inner = new ScriptedHandler(_ => HttpStatusCode.Unauthorized);
        using var client = new HttpClient(new AuthenticatingHandler(session) { InnerHandler = inner });
        using (CollectedTelemetry.ResourceCalls.StartActivity("GET resource"))
        {
            await Should.ThrowAsync<AuthenticationFailedException>(() => client.GetAsync(new Uri("http://127.0.0.1/resource")));
        }

        var values = _collected.AllTagValues().ToList();
        values.ShouldNotBeEmpty();
        values.ShouldAllBe(v => !v.Contains(Password) && !v.Contains("tok-secret"));
        _collected.Spans.ShouldAllBe(s => !s.DisplayName.Contains("secret") && !s.OperationName.Contains("secret"));
        CollectedTelemetry.Count(_collected.Reauthentications, AuthClientsTelemetry.Refused).ShouldBe(1);
    }

    private AuthSession Session(FakeTokenEndpoint endpoint, TimeProvider? time = null) =>
        TestSessions.Over(endpoint, time: time, name: _collected.Session, telemetry: _collected.ForSession, secrets: [Password]);

    private static AuthenticationFailedException Refused() =>
        new(new VendorApiException("Fake", HttpStatusCode.Unauthorized, new VendorError("401", "Invalid login"), "Fake answered 401 Unauthorized: Invalid login"));
}
