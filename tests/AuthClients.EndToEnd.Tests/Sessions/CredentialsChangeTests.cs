using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Fuse;
using AuthClients.Mocks.Fuse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuthClients.EndToEnd.Tests.Sessions;

/// <summary>Credentials rotated in a secret store reach the session without a restart.</summary>
public sealed class CredentialsChangeTests : IAsyncLifetime
{
    private readonly SecretStore _store = new() { LoginName = "acme.old", Password = "old-password" };
    private readonly ReloadableOptionsSource<FuseClientOptions> _reload = new("acme");
    private FuseMock _mock = null!;

    public async Task InitializeAsync()
    {
        _mock = await FuseMock.StartAsync(FuseMockOptions.Knowing(
            new FuseMockUser("acme.old", "old-password") { Id = 1 },
            new FuseMockUser("acme.new", "new-password") { Id = 2 }));
    }

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    [Fact]
    public async Task Changed_named_options_drop_the_token_and_the_next_call_logs_in_with_the_new_credentials()
    {
        await using var services = Services();
        var api = services.GetRequiredKeyedService<IFuseV5Api>("acme");
        (await api.GetCurrentUserAsync()).Id.ShouldBe(1);

        (_store.LoginName, _store.Password) = ("acme.new", "new-password");
        _reload.Reload();
        var after = await api.GetCurrentUserAsync();

        after.Id.ShouldBe(2, "the call after the change went out with a token of the new account");
        _mock.Counters.Logins.ShouldBe(2);
    }

    [Fact]
    public async Task A_refused_login_is_not_remembered_once_the_credentials_are_corrected()
    {
        _store.Password = "typo";
        await using var services = Services();
        var api = services.GetRequiredKeyedService<IFuseV5Api>("acme");
        await Should.ThrowAsync<Core.AuthenticationFailedException>(() => api.GetCurrentUserAsync());

        _store.Password = "old-password";
        _reload.Reload();

        (await api.GetCurrentUserAsync()).Id.ShouldBe(1);
    }

    [Fact]
    public async Task Options_of_another_instance_changing_leave_this_session_alone()
    {
        var other = new ReloadableOptionsSource<FuseClientOptions>("globex");
        await using var services = Services(s =>
        {
            s.AddFuseClient("globex", o => (o.BaseAddress, o.LoginName, o.Password) = (_mock.BaseAddress, "acme.new", "new-password"));
            s.AddSingleton<IOptionsChangeTokenSource<FuseClientOptions>>(other);
        });
        var api = services.GetRequiredKeyedService<IFuseV5Api>("acme");
        await api.GetCurrentUserAsync();

        other.Reload();
        await api.GetCurrentUserAsync();

        _mock.Counters.Logins.ShouldBe(1);
    }

    private ServiceProvider Services(Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddFuseClient("acme", o => (o.BaseAddress, o.LoginName, o.Password) = (_mock.BaseAddress, _store.LoginName, _store.Password));
        services.AddSingleton<IOptionsChangeTokenSource<FuseClientOptions>>(_reload);
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    private sealed class SecretStore
    {
        public string? LoginName { get; set; }

        public string? Password { get; set; }
    }
}
