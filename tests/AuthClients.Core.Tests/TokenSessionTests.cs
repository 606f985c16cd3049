using AuthClients.Core.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.Core.Tests;

public sealed class TokenSessionTests
{
    [Fact]
    public async Task Login_is_performed_once_for_1000_concurrent_callers()
    {
        var endpoint = new FakeTokenEndpoint { Gate = new TaskCompletionSource() };
        var session = new TokenSession(endpoint);

        var callers = Enumerable.Range(0, 1000).Select(_ => session.GetTokenAsync().AsTask()).ToArray();
        endpoint.Gate.SetResult();
        var tokens = await Task.WhenAll(callers);

        endpoint.Logins.ShouldBe(1);
        tokens.Select(t => t.Value).Distinct().ShouldBe(["token-1"]);
    }

    [Fact]
    public async Task A_failed_login_is_not_cached_and_the_next_call_logs_in_again()
    {
        var endpoint = new FakeTokenEndpoint { FailLogin = n => n == 1 ? new HttpRequestException("down") : null };
        var session = new TokenSession(endpoint);

        await Should.ThrowAsync<HttpRequestException>(() => session.GetTokenAsync().AsTask());
        var token = await session.GetTokenAsync();

        token.Value.ShouldBe("token-2");
        endpoint.Logins.ShouldBe(2);
    }

    [Fact]
    public async Task Cancelling_one_waiter_does_not_cancel_the_shared_login()
    {
        var endpoint = new FakeTokenEndpoint { Gate = new TaskCompletionSource() };
        var session = new TokenSession(endpoint);
        using var cancel = new CancellationTokenSource();

        var impatient = session.GetTokenAsync(cancel.Token).AsTask();
        var patient = session.GetTokenAsync().AsTask();
        await cancel.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => impatient);
        endpoint.Gate.SetResult();

        (await patient).Value.ShouldBe("token-1");
        endpoint.Logins.ShouldBe(1);
    }

    [Fact]
    public async Task The_token_is_renewed_a_skew_before_it_expires()
    {
        var time = new FakeTimeProvider();
        var endpoint = new FakeTokenEndpoint(time) { Lifetime = TimeSpan.FromMinutes(10) };
        var session = new TokenSession(endpoint, new TokenSessionOptions { RefreshSkew = TimeSpan.FromSeconds(30) }, time);

        (await session.GetTokenAsync()).Value.ShouldBe("token-1");
        time.Advance(TimeSpan.FromMinutes(9));
        (await session.GetTokenAsync()).Value.ShouldBe("token-1");
        endpoint.Logins.ShouldBe(1, "before the renewal point nothing is renewed");
        time.Advance(TimeSpan.FromSeconds(31));
        (await session.GetTokenAsync()).Value.ShouldBe("token-1", "the token is still valid: the renewal runs in the background");

        await Eventually.True(() => Eventually.Served(session) == "token-2");
        endpoint.Logins.ShouldBe(2);
    }

    [Fact]
    public async Task An_expiring_token_is_refreshed_when_the_vendor_supports_it()
    {
        var time = new FakeTimeProvider();
        var endpoint = new FakeTokenEndpoint(time) { Lifetime = TimeSpan.FromMinutes(10), RefreshSupported = true };
        var session = new TokenSession(endpoint, time: time);

        await session.GetTokenAsync();
        time.Advance(TimeSpan.FromMinutes(10));
        var renewed = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => session.GetTokenAsync().AsTask()));

        renewed.Select(t => t.Value).Distinct().ShouldBe(["refreshed-1"]);
        endpoint.Refreshes.ShouldBe(1);
        endpoint.Logins.ShouldBe(1);
    }

    [Fact]
    public async Task A_rejected_refresh_falls_back_to_login()
    {
        var time = new FakeTimeProvider();
        var endpoint = new FakeTokenEndpoint(time) { Lifetime = TimeSpan.FromMinutes(10), RefreshSupported = true, RejectRefresh = true };
        var session = new TokenSession(endpoint, time: time);

        await session.GetTokenAsync();
        time.Advance(TimeSpan.FromMinutes(10));

        (await session.GetTokenAsync()).Value.ShouldBe("token-2");
        endpoint.Refreshes.ShouldBe(1);
        endpoint.Logins.ShouldBe(2);
    }

    [Fact]
    public async Task An_expired_refresh_token_is_not_used_and_the_session_logs_in()
    {
        var time = new FakeTimeProvider();
        var endpoint = new FakeTokenEndpoint(time) { RefreshSupported = true };
        var session = new TokenSession(endpoint, time: time);
        var stale = new AuthToken("old", time.GetUtcNow(), "refresh-old", time.GetUtcNow().AddSeconds(-1));

        var renewed = await session.RenewAfterRejectionAsync(stale);

        renewed.Value.ShouldBe("token-1");
        endpoint.Refreshes.ShouldBe(0);
    }

    [Fact]
    public async Task A_rejection_of_an_already_replaced_token_causes_no_new_login()
    {
        var endpoint = new FakeTokenEndpoint();
        var session = new TokenSession(endpoint);
        var first = await session.GetTokenAsync();
        var second = await session.RenewAfterRejectionAsync(first);

        var again = await session.RenewAfterRejectionAsync(first);

        again.ShouldBeSameAs(second);
        endpoint.Logins.ShouldBe(2);
    }

    [Fact]
    public async Task Tokens_without_expiry_get_the_configured_default_lifetime()
    {
        var time = new FakeTimeProvider();
        var endpoint = new FakeTokenEndpoint(time);
        var session = new TokenSession(endpoint, new TokenSessionOptions { DefaultLifetime = TimeSpan.FromMinutes(5), RefreshSkew = TimeSpan.Zero }, time);

        await session.GetTokenAsync();
        time.Advance(TimeSpan.FromMinutes(5));
        await session.GetTokenAsync();

        endpoint.Logins.ShouldBe(2);
    }
}
