using AuthClients.Core;
using AuthClients.SpecOnlyVendor.Tests.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.SpecOnlyVendor.Tests;

/// <summary>
/// A vendor whose login and refresh are only an OAuth 2.0 password flow in its spec
/// (Specs/ledger.yaml: tokenUrl, refreshUrl, scopes; no login, token or refresh key):
/// RFC 6749 §4.3 to log in, §6 to refresh before expires_in, §5.2 errors, invalid_grant as a
/// refused login or a refused refresh.
/// </summary>
public sealed class LedgerSessionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private LedgerMock _mock = null!;

    public async Task InitializeAsync()
    {
        _mock = await LedgerMock.StartAsync();
        _mock.Time = _time;
    }

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    [Fact]
    public async Task The_password_grant_goes_to_the_tokenUrl_as_a_form_with_the_spec_defaults_and_the_token_as_Bearer()
    {
        await using var services = Services();

        (await services.GetRequiredService<ILedgerApi>().ListEntriesAsync()).ShouldBe(["rent", "salaries"]);

        var login = _mock.Forms.ShouldHaveSingleItem();
        login.ShouldBe(new Dictionary<string, string>
        {
            ["(path)"] = "/auth/token",
            ["grant_type"] = "password",
            ["username"] = "keeper",
            ["password"] = "keeper-pass",
            ["client_id"] = "ledger-desktop",
            ["scope"] = "entries.read",
        }, ignoreOrder: true);
        _mock.Unauthorized.ShouldBe(0);
    }

    [Fact]
    public async Task The_token_is_refreshed_at_the_refreshUrl_before_expires_in_and_a_refresh_answer_without_a_refresh_token_keeps_the_old_one()
    {
        await using var services = Services();
        var api = services.GetRequiredService<ILedgerApi>();
        await api.ListEntriesAsync();
        var refreshToken = _mock.RefreshTokens.ShouldHaveSingleItem();

        _time.Advance(TimeSpan.FromMinutes(5));
        await api.ListEntriesAsync();
        _time.Advance(TimeSpan.FromMinutes(5));
        await api.ListEntriesAsync();

        var refreshes = _mock.Forms.Skip(1).ToList();
        refreshes.Count.ShouldBe(2);
        refreshes.ShouldAllBe(f => f["(path)"] == "/auth/renew" && f["grant_type"] == "refresh_token" && f["client_id"] == "ledger-desktop" && f["refresh_token"] == refreshToken);
        refreshes.ShouldAllBe(f => !f.ContainsKey("password") && !f.ContainsKey("username"));
        _mock.Unauthorized.ShouldBe(0);
    }

    [Fact]
    public async Task An_invalid_grant_to_the_refresh_falls_back_to_the_password_grant()
    {
        await using var services = Services();
        var api = services.GetRequiredService<ILedgerApi>();
        await api.ListEntriesAsync();
        _mock.RevokeRefreshTokens();

        _time.Advance(TimeSpan.FromMinutes(5));
        await api.ListEntriesAsync();

        _mock.Forms.Select(f => f["grant_type"]).ShouldBe(["password", "refresh_token", "password"]);
    }

    [Fact]
    public async Task An_invalid_grant_to_the_login_is_a_refused_login_with_the_RFC_6749_error()
    {
        await using var services = Services(password: "not-keeper-pass");

        var refusal = await Should.ThrowAsync<AuthenticationFailedException>(() => services.GetRequiredService<ILedgerApi>().ListEntriesAsync());

        refusal.Vendor.ShouldBe("Ledger");
        refusal.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        refusal.ErrorCode.ShouldBe("invalid_grant");
        refusal.ErrorMessage.ShouldBe("Bad credentials");
        refusal.ToString().ShouldNotContain("not-keeper-pass");
    }

    [Fact]
    public async Task The_password_grant_needs_a_user_name_and_password_though_the_form_schema_is_shared()
    {
        await using var services = Services(password: null);

        var error = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<ILedgerApi>());

        error.Message.ShouldContain("Set LedgerClientOptions.Password: Ledger's login needs it.");
    }

    [Fact]
    public void The_token_calls_are_on_no_public_interface_and_the_error_body_is_internal()
    {
        typeof(ILedgerApi).GetMethods().Select(m => m.Name).ShouldBe(["ListEntriesAsync"]);
        typeof(GrantError).IsPublic.ShouldBeFalse();
        typeof(Tokens).IsPublic.ShouldBeTrue();
    }

    [Fact]
    public void The_options_are_named_after_the_RFC_fields_with_the_schema_defaults()
    {
        var options = new LedgerClientOptions { Username = "keeper", Password = "keeper-pass" };

        (options.ClientId, options.Scope).ShouldBe(("ledger-desktop", "entries.read"));
        options.ToString().ShouldNotContain("keeper-pass");
    }

    private ServiceProvider Services(string? password = "keeper-pass")
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddLedgerClient(o => (o.BaseAddress, o.Username, o.Password) = (_mock.BaseAddress, "keeper", password));
        return services.BuildServiceProvider();
    }
}
