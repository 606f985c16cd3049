using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AuthClients.Mocks.Datarhei;

namespace AuthClients.Contracts.Tests.Datarhei;

/// <summary>
/// The state-change endpoint as a provider team would implement it for Core: each setup answers the
/// values the pact's expressions name, freshly made, and the mock accepts exactly those.
/// </summary>
public sealed class DatarheiProviderStateTests : IAsyncLifetime, IDisposable
{
    private DatarheiMock _mock = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _mock = await DatarheiMock.StartAsync(new DatarheiMockOptions { FailedLoginDelay = TimeSpan.Zero });
        _http = new HttpClient { BaseAddress = _mock.BaseAddress };
    }

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Each_setup_returns_a_fresh_access_token_that_the_provider_accepts()
    {
        var first = await SetUpAsync(DatarheiProviderStates.AccessTokenIssued);
        var second = await SetUpAsync(DatarheiProviderStates.AccessTokenIssued);

        first.ShouldNotBe(second);
        (await FilesystemsAsync(first)).ShouldBe(HttpStatusCode.OK);
        (await FilesystemsAsync(second)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_expired_state_returns_a_token_the_provider_signed_and_refuses()
    {
        var expired = await SetUpAsync(DatarheiProviderStates.AccessTokenExpired);

        AuthClients.Core.TokenExpiry.Claim(expired, "usefor").ShouldBe("access");
        (await FilesystemsAsync(expired)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_state_that_makes_nothing_answers_an_empty_object_and_teardown_too()
    {
        using var setup = await _http.PostAsJsonAsync("provider-states", new { state = DatarheiProviderStates.UserExists, action = "setup" });
        (await setup.Content.ReadAsStringAsync()).ShouldBe("{}");

        using var teardown = await _http.PostAsJsonAsync("provider-states", new { state = DatarheiProviderStates.AccessTokenIssued, action = "teardown" });
        (await teardown.Content.ReadAsStringAsync()).ShouldBe("{}");
    }

    [Fact]
    public async Task The_states_that_need_an_auth0_tenant_say_so_in_their_names()
    {
        DatarheiProviderStates.Auth0TokenAccepted.ShouldEndWith("(needs an Auth0 tenant)");
        DatarheiProviderStates.Auth0TokenRefused.ShouldEndWith("(needs an Auth0 tenant)");
        var accepted = await SetUpAsync(DatarheiProviderStates.Auth0TokenAccepted, DatarheiProviderStates.Auth0Token);
        var refused = await SetUpAsync(DatarheiProviderStates.Auth0TokenRefused, DatarheiProviderStates.Auth0Token);

        accepted.ShouldNotBe(refused);
        _mock.State.AcceptsAuth0Token(refused).ShouldBeFalse();
    }

    private async Task<string> SetUpAsync(string state, string value = DatarheiProviderStates.AccessToken)
    {
        using var response = await _http.PostAsJsonAsync("provider-states", new { state, @params = new { }, action = "setup" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty(value).GetString().ShouldNotBeNull();
    }

    private async Task<HttpStatusCode> FilesystemsAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v3/fs");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }
}
