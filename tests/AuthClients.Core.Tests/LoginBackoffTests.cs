using System.Net;
using AuthClients.Core.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.Core.Tests;

/// <summary>A wrong password must not lock the account: refused logins are remembered, not repeated.</summary>
public sealed class LoginBackoffTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_wrong_password_at_1000_calls_a_second_for_60_seconds_sends_at_most_8_logins()
    {
        var endpoint = new FakeTokenEndpoint(_time) { FailLogin = _ => Refused() };
        var session = new TokenSession(endpoint, new TokenSessionOptions(), _time);
        var refusals = 0;

        for (var call = 0; call < 60_000; call++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(1));
            try
            {
                await session.GetTokenAsync();
            }
            catch (AuthenticationFailedException)
            {
                refusals++;
            }
        }

        refusals.ShouldBe(60_000, "every caller gets the typed refusal");
        // Windows of 1, 2, 4, 8, 16, 32 s: attempts at 0, 1, 3, 7, 15, 31 s and 63 s (after the run).
        endpoint.Logins.ShouldBeInRange(6, 8);
    }

    [Fact]
    public async Task Callers_inside_the_window_get_the_same_refusal_at_once_and_are_told_so()
    {
        var endpoint = new FakeTokenEndpoint(_time) { FailLogin = _ => Refused() };
        var session = new TokenSession(endpoint, new TokenSessionOptions(), _time);
        var first = await Should.ThrowAsync<AuthenticationFailedException>(() => session.GetTokenAsync().AsTask());

        var remembered = await Should.ThrowAsync<AuthenticationFailedException>(() => session.GetTokenAsync().AsTask());

        endpoint.Logins.ShouldBe(1);
        first.RetryAfter.ShouldBeNull();
        remembered.RetryAfter.ShouldBe(_time.GetUtcNow() + TimeSpan.FromSeconds(1));
        remembered.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        remembered.ErrorMessage.ShouldBe("Invalid login");
        remembered.Message.ShouldStartWith(first.Message);
        remembered.Message.ShouldContain("no new login before");
    }

    [Fact]
    public async Task The_window_doubles_per_refusal_up_to_the_configured_maximum()
    {
        var endpoint = new FakeTokenEndpoint(_time) { FailLogin = _ => Refused() };
        var options = new TokenSessionOptions { LoginBackoff = TimeSpan.FromSeconds(10), MaxLoginBackoff = TimeSpan.FromSeconds(25) };
        var session = new TokenSession(endpoint, options, _time);
        var windows = new List<TimeSpan>();

        for (var attempt = 0; attempt < 4; attempt++)
        {
            await Should.ThrowAsync<AuthenticationFailedException>(() => session.GetTokenAsync().AsTask());
            var remembered = await Should.ThrowAsync<AuthenticationFailedException>(() => session.GetTokenAsync().AsTask());
            windows.Add(remembered.RetryAfter!.Value - _time.GetUtcNow());
            _time.Advance(windows[^1]);
        }

        windows.ShouldBe([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(25)]);
        endpoint.Logins.ShouldBe(4);
    }

    [Fact]
    public async Task A_successful_login_resets_the_window()
    {
        var endpoint = new FakeTokenEndpoint(_time) { FailLogin = n => n <= 2 ? Refused() : null };
        var session = new TokenSession(endpoint, new TokenSessionOptions(), _time);
        await Should.ThrowAsync<AuthenticationFailedException>(() => session.GetTokenAsync().AsTask());
        _time.Advance(TimeSpan.FromSeconds(1));
        await Should.ThrowAsync<AuthenticationFailedException>(() => session.GetTokenAsync().AsTask());
        _time.Advance(TimeSpan.FromSeconds(2));
        var token = await session.GetTokenAsync();
        endpoint.FailLogin = _ => Refused();

        session.Invalidate();
        await Should.ThrowAsync<AuthenticationFailedException>(() => session.GetTokenAsync().AsTask());
        var remembered = await Should.ThrowAsync<AuthenticationFailedException>(() => session.GetTokenAsync().AsTask());

        token.Value.ShouldBe("token-3");
        remembered.RetryAfter.ShouldBe(_time.GetUtcNow() + TimeSpan.FromSeconds(1), "the first window again, not the third");
    }

    [Fact]
    public async Task New_credentials_end_the_wait_at_once()
    {
        var refusing = new FakeTokenEndpoint(_time) { FailLogin = _ => Refused() };
        var session = new TokenSession(refusing, new TokenSessionOptions(), _time);
        await Should.ThrowAsync<AuthenticationFailedException>(() => session.GetTokenAsync().AsTask());
        var corrected = new FakeTokenEndpoint(_time);

        session.ReplaceCredentials(corrected, new TokenSessionOptions());
        var token = await session.GetTokenAsync();

        token.Value.ShouldBe("token-1");
        corrected.Logins.ShouldBe(1);
        refusing.Logins.ShouldBe(1);
    }

    [Fact]
    public async Task A_vendor_that_cannot_be_reached_is_not_a_refusal_and_is_not_remembered()
    {
        var endpoint = new FakeTokenEndpoint(_time) { FailLogin = n => n == 1 ? new VendorUnreachableException("Fake", "down", new HttpRequestException("refused")) : null };
        var session = new TokenSession(endpoint, new TokenSessionOptions(), _time);
        await Should.ThrowAsync<VendorUnreachableException>(() => session.GetTokenAsync().AsTask());

        var token = await session.GetTokenAsync();

        token.Value.ShouldBe("token-2");
    }

    private static AuthenticationFailedException Refused() =>
        new(new VendorApiException("Fake", HttpStatusCode.Unauthorized, new VendorError("401", "Invalid login"), "Fake answered 401 Unauthorized: Invalid login"));
}
