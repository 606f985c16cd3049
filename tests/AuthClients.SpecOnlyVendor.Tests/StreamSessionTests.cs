using AuthClients.Core;
using AuthClients.SpecOnlyVendor.Tests.Stream;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.SpecOnlyVendor.Tests;

/// <summary>
/// The refresh side of a vendor described only by its spec (Specs/stream.yaml): HTTP Basic on
/// the login, JWT expiry, a refresh call with the refresh token as Bearer, and the fallback to
/// a login when the refresh is refused.
/// </summary>
public sealed class StreamSessionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private StreamMock _mock = null!;

    public async Task InitializeAsync()
    {
        _mock = await StreamMock.StartAsync();
        _mock.Time = _time;
    }

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    [Fact]
    public async Task The_login_sends_HTTP_Basic_and_calls_carry_the_access_token_as_Bearer()
    {
        await using var services = Services();
        var api = services.GetRequiredService<IStreamApi>();

        (await api.ListStreamsAsync()).ShouldBe(["cam-1", "cam-2"]);
        (await api.ListStreamsAsync()).Count.ShouldBe(2);

        _mock.Logins.ShouldBe(1);
        _mock.Refreshes.ShouldBe(0);
        _mock.Unauthorized.ShouldBe(0);
    }

    [Fact]
    public async Task A_token_past_its_JWT_exp_is_refreshed_with_the_refresh_token_not_the_password()
    {
        await using var services = Services();
        var api = services.GetRequiredService<IStreamApi>();
        await api.ListStreamsAsync();

        _time.Advance(TimeSpan.FromMinutes(11));
        await api.ListStreamsAsync();

        _mock.Logins.ShouldBe(1);
        _mock.Refreshes.ShouldBe(1);
        _mock.Unauthorized.ShouldBe(0, "the JWT's exp was read, so no call went out with an expired token");
    }

    [Fact]
    public async Task A_refused_refresh_falls_back_to_a_login()
    {
        await using var services = Services();
        var api = services.GetRequiredService<IStreamApi>();
        await api.ListStreamsAsync();
        _mock.RevokeRefreshTokens();

        _time.Advance(TimeSpan.FromMinutes(11));
        await api.ListStreamsAsync();

        _mock.Refreshes.ShouldBe(1);
        _mock.Logins.ShouldBe(2);
    }

    [Fact]
    public async Task A_wrong_Basic_password_is_a_refused_login()
    {
        await using var services = Services(secret: "wrong");
        var api = services.GetRequiredService<IStreamApi>();

        var refusal = await Should.ThrowAsync<AuthenticationFailedException>(() => api.ListStreamsAsync());

        refusal.Vendor.ShouldBe("Stream");
        refusal.ToString().ShouldNotContain("wrong");
    }

    [Fact]
    public void The_login_and_refresh_calls_are_on_no_public_interface()
    {
        typeof(IStreamApi).GetMethods().Select(m => m.Name).ShouldBe(["ListStreamsAsync"]);
    }

    [Fact]
    public void The_options_mask_the_Basic_password()
    {
        new StreamClientOptions { User = "operator", Secret = "op-secret" }.ToString().ShouldNotContain("op-secret");
    }

    private ServiceProvider Services(string secret = "op-secret")
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddStreamClient(o => (o.BaseAddress, o.User, o.Secret) = (_mock.BaseAddress, "operator", secret));
        return services.BuildServiceProvider();
    }
}
