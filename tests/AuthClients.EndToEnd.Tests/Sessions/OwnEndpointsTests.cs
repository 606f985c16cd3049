using System.Net.Http.Json;
using AuthClients.EndToEnd.Tests.UserApis;
using AuthClients.Fuse;
using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.EndToEnd.Tests.Sessions;

/// <summary>
/// A real integration calls more of the vendor's API than the package covers: the user's own
/// generated API and a plain typed HttpClient join a named session and share its one login.
/// </summary>
public sealed class OwnEndpointsTests : IAsyncLifetime
{
    private StandInFuse _fuse = null!;

    public async Task InitializeAsync() => _fuse = await StandInFuse.StartAsync();

    public async Task DisposeAsync() => await _fuse.DisposeAsync();

    [Fact]
    public async Task A_generated_api_of_the_users_own_spec_joins_the_session_and_one_login_serves_every_api()
    {
        await using var services = Services();

        var learning = services.GetRequiredKeyedService<IFuseLearningApi>("acme");
        var communities = await learning.ListCommunitiesAsync(page: 1);
        var topics = await learning.ListTopicsAsync(communities[0].Id);

        communities.Select(c => c.Name).ShouldBe(["Sales", "Support"]);
        topics.Single().Title.ShouldBe("Onboarding");
        _fuse.Logins.ShouldBe(1);
    }

    [Fact]
    public async Task A_plain_typed_HttpClient_sends_the_sessions_token_and_shares_its_login()
    {
        await using var services = Services();

        var learning = services.GetRequiredKeyedService<IFuseLearningApi>("acme");
        await learning.ListCommunitiesAsync();
        var reports = services.GetRequiredService<CompletionReports>();
        var completed = await reports.CompletedAsync();

        completed.ShouldBe(42);
        _fuse.Logins.ShouldBe(1);
    }

    [Fact]
    public async Task A_rotated_token_is_replaced_once_for_every_client_of_the_session()
    {
        await using var services = Services();
        var learning = services.GetRequiredKeyedService<IFuseLearningApi>("acme");
        var reports = services.GetRequiredService<CompletionReports>();
        await learning.ListCommunitiesAsync();

        _fuse.Rotate();
        await Task.WhenAll(reports.CompletedAsync(), learning.ListCommunitiesAsync(), reports.CompletedAsync());

        _fuse.Logins.ShouldBe(2);
    }

    [Fact]
    public async Task A_typed_client_on_a_session_that_is_not_registered_fails_naming_it()
    {
        var collection = new ServiceCollection();
        collection.AddHttpClient<CompletionReports>().AddFuseSession("nobody");
        await using var services = collection.BuildServiceProvider();

        var error = Should.Throw<InvalidOperationException>(() => services.GetRequiredService<CompletionReports>());

        error.Message.ShouldContain("'nobody'");
    }

    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddFuseClient("acme", o => (o.BaseAddress, o.LoginName, o.Password) = (_fuse.BaseAddress, StandInFuse.LoginName, StandInFuse.Password))
            .AddApi<IFuseLearningApi>(FuseLearningJsonContext.CreateRefitSettings);
        services.AddHttpClient<CompletionReports>().AddFuseSession("acme");
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>A hand-written typed client, as an application has for endpoints no spec describes.</summary>
    public sealed class CompletionReports(HttpClient http)
    {
        public async Task<int> CompletedAsync()
        {
            var report = await http.GetFromJsonAsync<Report>("api/v5.0/reports/completions");
            return report!.Completed;
        }

        private sealed record Report(int Completed);
    }
}
