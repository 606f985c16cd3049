using AuthClients.Datarhei;
using AuthClients.Fuse;
using AuthClients.Mocks.Fuse;
using AuthClients.ResolveInsights;
using AuthClients.Saymon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuthClients.EndToEnd.Tests.Sessions;

/// <summary>Several instances of one vendor in one container, each its own session, options and clients.</summary>
public sealed class NamedInstancesTests
{
    private static readonly Uri Acme = new("https://acme.example.com/");
    private static readonly Uri Globex = new("https://globex.example.com/");

    /// <summary>Registers instance <c>name</c> of a vendor at an address; <c>complete</c> false leaves its password out.</summary>
    public delegate void Register(IServiceCollection services, string name, Uri at, bool complete);

    public static TheoryData<string, Register, Type> Vendors => new()
    {
        { "Fuse", (s, n, at, ok) => s.AddFuseClient(n, o => (o.BaseAddress, o.LoginName, o.Password) = (at, "u", ok ? "pw-1234" : null)), typeof(IFuseV5Api) },
        { "Fuse", (s, n, at, ok) => s.AddFuseV4Client(n, o => (o.BaseAddress, o.LoginName, o.Password) = (at, "u", ok ? "pw-1234" : null)), typeof(IFuseV4Api) },
        { "SAYMON", (s, n, at, ok) => s.AddSaymonClient(n, o => (o.BaseAddress, o.Login, o.Password, o.UserId) = (at, "u", ok ? "pw-1234" : null, "5e21")), typeof(ISaymonApi) },
        { "Resolve Insights", (s, n, at, ok) => s.AddResolveInsightsClient(n, o => (o.BaseAddress, o.Username, o.Password) = (at, "u", ok ? "pw-1234" : null)), typeof(IResolveInsightsApi) },
        { "datarhei Core", (s, n, at, ok) => s.AddDatarheiClient(n, o => (o.BaseAddress, o.Username, o.Password) = (at, "u", ok ? "pw-1234" : null)), typeof(IDatarheiApi) },
    };

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Each_named_instance_resolves_its_own_api_on_its_own_host(string vendor, Register register, Type api)
    {
        var collection = new ServiceCollection();
        register(collection, "acme", Acme, true);
        register(collection, "globex", Globex, true);
        await using var services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        services.GetRequiredService<IStartupValidator>().Validate();

        var acme = services.GetRequiredKeyedService(api, "acme");
        var globex = services.GetRequiredKeyedService(api, "globex");

        vendor.ShouldNotBeEmpty();
        acme.ShouldNotBeSameAs(globex);
        HttpClientOf(acme).BaseAddress.ShouldBe(Acme);
        HttpClientOf(globex).BaseAddress.ShouldBe(Globex);
        services.GetService(api).ShouldBeNull("without a default instance nothing resolves unkeyed");
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Options_are_validated_at_start_up_per_instance_and_the_error_names_it(string vendor, Register register, Type api)
    {
        var collection = new ServiceCollection();
        register(collection, "acme", Acme, true);
        register(collection, "globex", Globex, false);
        await using var services = collection.BuildServiceProvider();

        var error = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        error.Message.ShouldContain($"{vendor} client 'globex'");
        error.Message.ShouldNotContain("'acme'");
        api.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task The_unnamed_overload_is_the_default_instance_and_resolves_unkeyed(string vendor, Register register, Type api)
    {
        var collection = new ServiceCollection();
        register(collection, Options.DefaultName, Acme, true);
        register(collection, "globex", Globex, true);
        await using var services = collection.BuildServiceProvider();

        var unkeyed = services.GetRequiredService(api);

        HttpClientOf(unkeyed).BaseAddress.ShouldBe(Acme, vendor);
    }

    [Fact]
    public void The_same_name_twice_for_one_vendor_is_refused()
    {
        var services = new ServiceCollection();
        services.AddFuseClient("acme", o => o.Instance = "acme");

        var error = Should.Throw<InvalidOperationException>(() => services.AddFuseClient("acme", o => o.Instance = "acme"));

        error.Message.ShouldContain("'acme'");
    }

    [Fact]
    public async Task Two_instances_log_in_separately_with_their_own_credentials()
    {
        await using var acmeMock = await FuseMock.StartAsync(FuseMockOptions.Knowing(new FuseMockUser("acme.user", "acme-pw") { Id = 1 }));
        await using var globexMock = await FuseMock.StartAsync(FuseMockOptions.Knowing(new FuseMockUser("globex.user", "globex-pw") { Id = 2 }));
        var collection = new ServiceCollection();
        collection.AddFuseClient("acme", o => (o.BaseAddress, o.LoginName, o.Password) = (acmeMock.BaseAddress, "acme.user", "acme-pw"));
        collection.AddFuseClient("globex", o => (o.BaseAddress, o.LoginName, o.Password) = (globexMock.BaseAddress, "globex.user", "globex-pw"));
        await using var services = collection.BuildServiceProvider();

        var acme = await services.GetRequiredKeyedService<IFuseV5Api>("acme").GetCurrentUserAsync();
        var globex = await services.GetRequiredKeyedService<IFuseV5Api>("globex").GetCurrentUserAsync();
        await services.GetRequiredKeyedService<IFuseV5Api>("acme").GetCurrentUserAsync();

        (acme.Id, globex.Id).ShouldBe((1L, 2L));
        (acmeMock.Counters.Logins, globexMock.Counters.Logins).ShouldBe((1, 1));
    }

    [Fact]
    public async Task A_standalone_client_exposes_its_one_session()
    {
        await using var mock = await FuseMock.StartAsync();
        await using var fuse = FuseClient.Create(o => (o.BaseAddress, o.LoginName, o.Password) = (mock.BaseAddress, FuseMockUser.DemoLoginName, FuseMockUser.DemoPassword));

        await fuse.Api.GetCurrentUserAsync();

        fuse.Session.Tokens.Logins.ShouldBe(1);
        fuse.Session.BaseAddress.ShouldBe(mock.BaseAddress);
    }


    // Every generated implementation exposes the client it sends with.
    private static HttpClient HttpClientOf(object api) => (HttpClient)api.GetType().GetProperty("Client")!.GetValue(api)!;
}
