using System.Net;
using AuthClients.Core.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.Core.Tests;

/// <summary>Skew bounded by the lifetime, credentials that change mid-flight, disposal, the session's own host.</summary>
public sealed class SessionLifecycleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Two_second_tokens_with_the_default_30_second_skew_renew_4_times_in_7_and_a_half_seconds_not_on_every_call()
    {
        var endpoint = new FakeTokenEndpoint(_time) { Lifetime = TimeSpan.FromSeconds(2), RefreshSupported = true };
        var session = new TokenSession(endpoint, new TokenSessionOptions(), _time);

        var firstSeen = new Dictionary<string, TimeSpan>();
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromSeconds(7.5); elapsed += TimeSpan.FromMilliseconds(10))
        {
            var token = (await session.GetTokenAsync()).Value;
            firstSeen.TryAdd(token, elapsed);
            if (elapsed - firstSeen[token] >= TimeSpan.FromSeconds(1.8))
            {
                // Past its renewal point the token is renewed in the background; a fake clock
                // gives that renewal no real time, so let it land before the clock moves on.
                await Eventually.True(() => Eventually.Served(session) != token, "the background renewal lands");
            }

            _time.Advance(TimeSpan.FromMilliseconds(10));
        }

        // Renewal starts 0.2 s (a tenth of the lifetime) before each expiry: at about 1.8, 3.6,
        // 5.4 and 7.2 s, never on every call.
        endpoint.Logins.ShouldBe(1);
        endpoint.Refreshes.ShouldBe(4);
    }

    [Fact]
    public async Task A_long_lived_token_is_still_renewed_the_full_skew_before_it_expires()
    {
        var endpoint = new FakeTokenEndpoint(_time) { Lifetime = TimeSpan.FromHours(1) };
        var session = new TokenSession(endpoint, new TokenSessionOptions { RefreshSkew = TimeSpan.FromSeconds(30) }, _time);
        await session.GetTokenAsync();

        _time.Advance(TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(29));
        (await session.GetTokenAsync()).Value.ShouldBe("token-1");
        await Task.Delay(20);
        endpoint.Logins.ShouldBe(1, "not yet at the renewal point");
        _time.Advance(TimeSpan.FromSeconds(1));
        (await session.GetTokenAsync()).Value.ShouldBe("token-1", "still valid: renewed in the background");
        await Eventually.True(() => Eventually.Served(session) == "token-2");
    }

    [Fact]
    public async Task Callers_waiting_on_a_login_with_the_old_credentials_get_a_token_of_the_new_ones()
    {
        var old = new FakeTokenEndpoint(_time) { Gate = new TaskCompletionSource() };
        var session = new TokenSession(old, new TokenSessionOptions(), _time);
        var waiting = session.GetTokenAsync().AsTask();
        await Task.Delay(50);

        var renewed = new FakeTokenEndpoint(_time) { TokenPrefix = "new-" };
        session.ReplaceCredentials(renewed, new TokenSessionOptions());
        old.Gate.SetResult();

        (await waiting).Value.ShouldBe("new-1");
        (await session.GetTokenAsync()).Value.ShouldBe("new-1");
        renewed.Logins.ShouldBe(1);
    }

    [Fact]
    public async Task New_credentials_drop_the_cached_token()
    {
        var old = new FakeTokenEndpoint(_time);
        var session = new TokenSession(old, new TokenSessionOptions(), _time);
        (await session.GetTokenAsync()).Value.ShouldBe("token-1");

        session.ReplaceCredentials(new FakeTokenEndpoint(_time) { TokenPrefix = "new-" }, new TokenSessionOptions());

        (await session.GetTokenAsync()).Value.ShouldBe("new-1");
    }

    [Fact]
    public async Task A_disposed_session_forgets_its_token_and_says_it_is_disposed()
    {
        var session = new TokenSession(new FakeTokenEndpoint(_time), new TokenSessionOptions(), _time);
        await session.GetTokenAsync();

        session.Dispose();

        await Should.ThrowAsync<ObjectDisposedException>(() => session.GetTokenAsync().AsTask());
    }

    [Fact]
    public async Task A_request_to_another_host_is_not_sent_and_carries_no_token()
    {
        var endpoint = new FakeTokenEndpoint(_time);
        var inner = new ScriptedHandler(_ => HttpStatusCode.OK);
        using var client = new HttpClient(new AuthenticatingHandler(TestSessions.Over(endpoint, time: _time, baseAddress: new Uri("https://acme.example.com/"))) { InnerHandler = inner });

        var refused = await Should.ThrowAsync<TokenDestinationException>(() => client.GetAsync(new Uri("https://evil.example.net/steal")));

        inner.Sends.ShouldBe(0);
        endpoint.Logins.ShouldBe(0);
        refused.Message.ShouldContain("https://acme.example.com");
        refused.Message.ShouldContain("https://evil.example.net");
    }

    [Theory]
    [InlineData("https://acme.example.com/x")]
    [InlineData("HTTPS://ACME.example.com/x")]
    [InlineData("https://acme.example.com:443/x")]
    public async Task The_sessions_host_however_spelt_gets_the_token(string url)
    {
        var inner = new ScriptedHandler(_ => HttpStatusCode.OK);
        using var client = new HttpClient(new AuthenticatingHandler(TestSessions.Over(new FakeTokenEndpoint(_time), time: _time, baseAddress: new Uri("https://acme.example.com/"))) { InnerHandler = inner });

        using var response = await client.GetAsync(new Uri(url));

        inner.TokensSeen.ShouldBe(["token-1"]);
    }

    [Theory]
    [InlineData("http://acme.example.com/x")]
    [InlineData("https://acme.example.com@evil.example.net/x")]
    [InlineData("https://acme.example.com.evil.example.net/")]
    [InlineData("https://acme.example.com:8443/x")]
    [InlineData("https://acme.example.com.evil.net/x")]
    public async Task Another_scheme_port_or_host_counts_as_another_host(string url)
    {
        var inner = new ScriptedHandler(_ => HttpStatusCode.OK);
        using var client = new HttpClient(new AuthenticatingHandler(TestSessions.Over(new FakeTokenEndpoint(_time), time: _time, baseAddress: new Uri("https://acme.example.com/"))) { InnerHandler = inner });

        await Should.ThrowAsync<TokenDestinationException>(() => client.GetAsync(new Uri(url)));

        inner.Sends.ShouldBe(0);
    }
}
