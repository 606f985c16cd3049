using System.Net;
using AuthClients.Fuse;
using AuthClients.Mocks.Fuse;
using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.EndToEnd.Tests.Fuse;

/// <summary>The registration is an ordinary IHttpClientFactory client: typed, named and further configurable.</summary>
public sealed class FuseHttpClientFactoryTests : IAsyncLifetime
{
    private FuseMock _mock = null!;

    public async Task InitializeAsync() => _mock = await FuseMock.StartAsync();

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    [Fact]
    public async Task A_class_that_takes_the_generated_interface_gets_the_authenticated_client()
    {
        var services = Services();
        services.AddTransient<ProfileService>();
        await using var provider = services.BuildServiceProvider();

        (await provider.GetRequiredService<ProfileService>().MyIdAsync()).ShouldBe(1001);
        _mock.Counters.Logins.ShouldBe(1);
    }

    [Fact]
    public async Task The_named_client_carries_the_token_handler_for_calls_outside_the_interface()
    {
        string? name = null;
        await using var provider = Services(builder => name = builder.Name).BuildServiceProvider();
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(name!);

        using var response = await http.GetAsync(new Uri("api/v5.0/users/me", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        _mock.Counters.Logins.ShouldBe(1);
    }

    [Fact]
    public async Task The_returned_builder_configures_the_same_client()
    {
        var configured = false;
        var services = Services(builder => builder.ConfigureHttpClient(_ => configured = true));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IFuseV5Api>().GetCurrentUserAsync();

        configured.ShouldBeTrue();
    }

    private ServiceCollection Services(Action<IHttpClientBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddFuseClient(o =>
        {
            o.BaseAddress = _mock.BaseAddress;
            o.LoginName = FuseMockUser.Demo.LoginName;
            o.Password = FuseMockUser.Demo.Password;
        });
        configure?.Invoke(builder);
        return services;
    }

    /// <summary>An application class, as a typed-client consumer writes it.</summary>
    private sealed class ProfileService(IFuseV5Api fuse)
    {
        public async Task<long?> MyIdAsync() => (await fuse.GetCurrentUserAsync()).Id;
    }
}
