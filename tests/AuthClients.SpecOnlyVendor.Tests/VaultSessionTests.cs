using System.Net;
using AuthClients.Core;
using AuthClients.SpecOnlyVendor.Tests.Vault;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.SpecOnlyVendor.Tests;

/// <summary>
/// The whole session of a vendor described only by its spec: every type used here
/// (VaultClientOptions, AddVaultClient, AddVaultTenants, VaultClient.Create, IVaultApi) is
/// generated from Specs/vault.yaml; nothing of the vendor is written in C#.
/// </summary>
public sealed class VaultSessionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private VaultMock _mock = null!;

    public async Task InitializeAsync()
    {
        _mock = await VaultMock.StartAsync();
        _mock.Time = _time;
    }

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    [Fact]
    public async Task Concurrent_first_callers_share_one_login_and_each_request_carries_the_token_in_X_Api_Key()
    {
        _mock.LoginDelay = TimeSpan.FromMilliseconds(200);
        await using var services = Services();
        var api = services.GetRequiredService<IVaultApi>();

        var items = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => api.GetItemAsync("item-" + i)));

        items.ShouldAllBe(item => item.Owner == "alice");
        _mock.Logins.ShouldBe(1);
        _mock.KeysSeen.Distinct().ShouldHaveSingleItem().ShouldStartWith("tok-");
        _mock.Realms.ShouldHaveSingleItem().ShouldBe("main", "the realm option has the spec's default");
    }

    [Fact]
    public async Task An_expired_token_is_renewed_by_logging_in_again_before_a_call_goes_out_with_it()
    {
        _mock.TokenLifetime = TimeSpan.FromMinutes(5);
        await using var services = Services();
        var api = services.GetRequiredService<IVaultApi>();
        await api.GetItemAsync("a");

        _time.Advance(TimeSpan.FromMinutes(6));
        await api.GetItemAsync("b");

        _mock.Logins.ShouldBe(2);
        _mock.Unauthorized.ShouldBe(0, "expires_in was read, so no call went out with an expired token");
        _mock.KeysSeen.Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public async Task A_token_the_vendor_forgot_is_replaced_on_its_401_and_the_call_retried_once()
    {
        await using var services = Services();
        var api = services.GetRequiredService<IVaultApi>();
        await api.GetItemAsync("a");

        _mock.RevokeAll();
        var item = await api.GetItemAsync("b");

        item.Id.ShouldBe("b");
        _mock.Logins.ShouldBe(2);
        _mock.Unauthorized.ShouldBe(1);
    }

    [Fact]
    public async Task A_vendor_error_is_a_typed_exception_with_the_vendors_message_and_code()
    {
        await using var services = Services();
        var api = services.GetRequiredService<IVaultApi>();

        var error = await Should.ThrowAsync<VendorApiException>(() => api.GetItemAsync("missing"));

        error.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        error.Vendor.ShouldBe("Vault");
        error.ErrorMessage.ShouldBe("There is no item 'missing'.");
        error.ErrorCode.ShouldBe("404");
    }

    [Fact]
    public async Task A_wrong_password_is_a_refused_login_carrying_the_vendors_message_and_never_the_password()
    {
        await using var services = Services(password: "wrong-secret");
        var api = services.GetRequiredService<IVaultApi>();

        var refusal = await Should.ThrowAsync<AuthenticationFailedException>(() => api.GetItemAsync("a"));

        refusal.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refusal.ErrorMessage.ShouldBe("The user name or password is wrong.");
        refusal.ToString().ShouldNotContain("wrong-secret");
    }

    [Fact]
    public async Task A_login_answer_flagged_password_change_required_is_a_typed_refusal()
    {
        _mock.PasswordChangeRequired = true;
        await using var services = Services();
        var api = services.GetRequiredService<IVaultApi>();

        var refusal = await Should.ThrowAsync<PasswordChangeRequiredException>(() => api.GetItemAsync("a"));

        refusal.Vendor.ShouldBe("Vault");
        _mock.KeysSeen.ShouldBeEmpty("the token of that answer is never used");
    }

    [Fact]
    public void The_login_call_is_on_no_public_interface()
    {
        typeof(IVaultApi).GetMethod("LogInAsync").ShouldBeNull("a user calling it would log in behind the session's back");
        typeof(IVaultApi).GetMethod("GetItemAsync").ShouldNotBeNull();
        var authApi = typeof(IVaultApi).Assembly.GetType("AuthClients.SpecOnlyVendor.Tests.Vault.IVaultAuthApi").ShouldNotBeNull();
        authApi.IsPublic.ShouldBeFalse();
    }

    [Fact]
    public void The_options_mask_the_password_in_ToString()
    {
        var options = new VaultClientOptions { BaseAddress = new Uri("https://vault.example.com/"), UserName = "alice", Password = "alice-secret" };

        var text = options.ToString();

        text.ShouldContain("UserName = alice");
        text.ShouldContain("Password = ***");
        text.ShouldContain("Realm = main");
        text.ShouldNotContain("alice-secret");
    }

    [Fact]
    public void Missing_credentials_are_named_when_the_client_is_created()
    {
        var error = Should.Throw<OptionsValidationException>(() => VaultClient.Create(o => o.BaseAddress = _mock.BaseAddress));

        error.Message.ShouldContain("Set VaultClientOptions.UserName and Password: Vault's login needs them.");
    }

    [Fact]
    public void One_missing_credential_is_named_on_its_own()
    {
        var error = Should.Throw<OptionsValidationException>(() => VaultClient.Create(o => (o.BaseAddress, o.UserName) = (_mock.BaseAddress, "alice")));

        error.Message.ShouldContain("Set VaultClientOptions.Password: Vault's login needs it.");
    }

    [Fact]
    public async Task The_standalone_client_logs_in_and_calls()
    {
        await using var client = VaultClient.Create(o => (o.BaseAddress, o.UserName, o.Password) = (_mock.BaseAddress, "bob", "bob-secret"));

        (await client.Api.GetItemAsync("x")).Owner.ShouldBe("bob");
        client.Session.Vendor.ShouldBe("Vault");
    }

    [Fact]
    public async Task Tenants_get_their_own_sessions_with_options_loaded_at_run_time()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddVaultTenants((_, tenant, _) => ValueTask.FromResult(new VaultClientOptions
        {
            BaseAddress = _mock.BaseAddress,
            UserName = tenant,
            Password = tenant + "-secret",
        }));
        await using var provider = services.BuildServiceProvider();
        var tenants = provider.GetRequiredService<AuthClientTenants<IVaultApi>>();

        (await (await tenants.GetAsync("alice")).GetItemAsync("1")).Owner.ShouldBe("alice");
        (await (await tenants.GetAsync("bob")).GetItemAsync("2")).Owner.ShouldBe("bob");
        (await (await tenants.GetAsync("alice")).GetItemAsync("3")).Owner.ShouldBe("alice");

        _mock.Logins.ShouldBe(2);
    }

    private ServiceProvider Services(string password = "alice-secret")
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddVaultClient(o => (o.BaseAddress, o.UserName, o.Password) = (_mock.BaseAddress, "alice", password));
        return services.BuildServiceProvider();
    }
}
