using AuthClients.Core;
using AuthClients.SpecOnlyVendor.Tests.Kiosk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.SpecOnlyVendor.Tests;

/// <summary>
/// A vendor described only by its spec (Specs/kiosk.yaml) with two ways to sign in, JWTs whose
/// lifetime is a ttl counted from iat (or from the request when the token has no iat), a
/// renewal that answers a new access token only, and a renewal token with its own expiry.
/// </summary>
public sealed class KioskSessionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private KioskMock _mock = null!;

    public async Task InitializeAsync()
    {
        _mock = await KioskMock.StartAsync();
        _mock.Time = _time;
    }

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    [Fact]
    public async Task With_operator_and_PIN_set_the_sign_in_sends_them_in_the_body_and_no_bearer()
    {
        await using var services = Services(o => (o.Operator, o.Pin) = (KioskMock.Operator, KioskMock.Pin));
        var api = services.GetRequiredService<IKioskApi>();

        (await api.ListDisplaysAsync()).ShouldBe(["lobby", "hall"]);

        _mock.SignIns.ShouldBe(["pin"]);
    }

    [Fact]
    public async Task With_only_a_badge_token_set_the_sign_in_sends_it_as_Bearer_with_no_body()
    {
        await using var services = Services(o => o.BadgeToken = KioskMock.Badge);
        var api = services.GetRequiredService<IKioskApi>();

        (await api.ListDisplaysAsync()).ShouldBe(["lobby", "hall"]);

        _mock.SignIns.ShouldBe(["badge"]);
    }

    [Fact]
    public void Neither_way_set_is_an_options_error_naming_both()
    {
        var error = Should.Throw<OptionsValidationException>(() => KioskClient.Create(o => (o.BaseAddress, o.Operator) = (_mock.BaseAddress, "ada")));

        error.Message.ShouldContain("Set KioskClientOptions.Operator and Pin, or BadgeToken: Kiosk's login needs them.");
    }

    [Fact]
    public async Task The_access_token_lives_ttl_seconds_from_its_iat_and_is_renewed_ahead_of_that()
    {
        await using var services = Services(o => o.BadgeToken = KioskMock.Badge);
        var api = services.GetRequiredService<IKioskApi>();
        await api.ListDisplaysAsync();

        _time.Advance(TimeSpan.FromMinutes(4));
        await api.ListDisplaysAsync();
        _mock.RenewedWith.ShouldBeEmpty("the token has a minute left");

        _time.Advance(TimeSpan.FromMinutes(2));
        await api.ListDisplaysAsync();

        _mock.RenewedWith.Count.ShouldBe(1);
        _mock.SignIns.Count.ShouldBe(1);
        _mock.Unauthorized.ShouldBe(0, "iat + ttl was read, so no call went out with an expired token");
    }

    [Fact]
    public async Task Without_iat_the_ttl_counts_from_when_the_sign_in_left()
    {
        _mock.WithoutIat = true;
        await using var services = Services(o => o.BadgeToken = KioskMock.Badge);
        var api = services.GetRequiredService<IKioskApi>();
        await api.ListDisplaysAsync();

        _time.Advance(TimeSpan.FromMinutes(6));
        await api.ListDisplaysAsync();

        _mock.RenewedWith.Count.ShouldBe(1);
        _mock.Unauthorized.ShouldBe(0);
    }

    [Fact]
    public async Task A_renewal_answering_only_an_access_token_keeps_the_renewal_token()
    {
        await using var services = Services(o => (o.Operator, o.Pin) = (KioskMock.Operator, KioskMock.Pin));
        var api = services.GetRequiredService<IKioskApi>();
        await api.ListDisplaysAsync();

        _time.Advance(TimeSpan.FromMinutes(6));
        await api.ListDisplaysAsync();
        _time.Advance(TimeSpan.FromMinutes(6));
        await api.ListDisplaysAsync();

        _mock.RenewedWith.Count.ShouldBe(2);
        _mock.RenewedWith.Distinct().Count().ShouldBe(1, "the second renewal presents the renewal token of the sign-in");
        _mock.SignIns.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_renewal_token_past_its_own_ttl_goes_straight_to_a_sign_in()
    {
        await using var services = Services(o => (o.Operator, o.Pin) = (KioskMock.Operator, KioskMock.Pin));
        var api = services.GetRequiredService<IKioskApi>();
        await api.ListDisplaysAsync();

        _time.Advance(TimeSpan.FromMinutes(61));
        await api.ListDisplaysAsync();

        _mock.RenewalAttempts.ShouldBe(0, "the renewal token's iat + ttl had passed: renewing was not tried");
        _mock.SignIns.Count.ShouldBe(2);
        _mock.Unauthorized.ShouldBe(0);
    }

    [Fact]
    public async Task A_400_to_the_sign_in_is_a_refused_login_that_says_the_problem_and_not_the_PIN()
    {
        await using var services = Services(o => (o.Operator, o.Pin) = (KioskMock.Operator, "47x"));
        var api = services.GetRequiredService<IKioskApi>();

        var refusal = await Should.ThrowAsync<AuthenticationFailedException>(() => api.ListDisplaysAsync());

        refusal.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        refusal.ErrorMessage.ShouldBe("pin must be 4 digits");
        refusal.Error.Details.ShouldBe(["pin must be 4 digits"]);
        refusal.ToString().ShouldNotContain("47x");
    }

    [Fact]
    public void The_sign_in_and_renewal_calls_are_on_no_public_interface_and_the_options_mask_both_secrets()
    {
        typeof(IKioskApi).GetMethods().Select(m => m.Name).ShouldBe(["ListDisplaysAsync"]);
        var shown = new KioskClientOptions { Operator = "ada", Pin = KioskMock.Pin, BadgeToken = KioskMock.Badge }.ToString();
        shown.ShouldNotContain(KioskMock.Pin);
        shown.ShouldNotContain(KioskMock.Badge);
    }

    private ServiceProvider Services(Action<KioskClientOptions> credentials)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddKioskClient(o =>
        {
            o.BaseAddress = _mock.BaseAddress;
            credentials(o);
        });
        return services.BuildServiceProvider();
    }
}
