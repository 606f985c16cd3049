using AuthClients.Core;
using AuthClients.EndToEnd.Tests.Infrastructure;
using AuthClients.Fuse;
using Microsoft.Extensions.DependencyInjection;

namespace AuthClients.EndToEnd.Tests.Faults;

/// <summary>Runtime tenants: transient retries only when <see cref="TenantCacheOptions.TransientRetries"/> asks for them, never for the login.</summary>
public sealed class TenantRetriesTests
{
    private const string SessionPath = "/api/v5.0/session";
    private const string Session = """{"success":true,"auth_tokens":{"user_authentication_token":{"authentication_token":"tok-123456"}}}""";

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 2)]
    public async Task A_503_on_a_safe_call_is_retried_only_when_asked_for(bool retries, int expectedCalls)
    {
        await using var server = await FaultServer.StartAsync((ctx, hit) => ctx.Request.Path == SessionPath
            ? FaultServer.Json(ctx, 200, Session)
            : FaultServer.Json(ctx, hit == 1 ? 503 : 200, """{"id":7}"""));
        await using var services = Services(server.BaseAddress, retries);
        var api = await services.GetRequiredService<AuthClientTenants<IFuseV5Api>>().GetAsync("t1");

        if (retries)
        {
            (await api.GetCurrentUserAsync()).Id.ShouldBe(7);
        }
        else
        {
            await Should.ThrowAsync<UnexpectedResponseException>(() => api.GetCurrentUserAsync());
        }

        server.Hits["/api/v5.0/users/me"].ShouldBe(expectedCalls);
    }

    [Fact]
    public async Task With_retries_on_a_login_answered_503_is_still_sent_once()
    {
        await using var server = await FaultServer.StartAsync((ctx, _) => FaultServer.Json(ctx, 503, "{}"));
        await using var services = Services(server.BaseAddress, retries: true);
        var api = await services.GetRequiredService<AuthClientTenants<IFuseV5Api>>().GetAsync("t1");

        await Should.ThrowAsync<AuthClientsException>(() => api.GetCurrentUserAsync());

        server.Hits[SessionPath].ShouldBe(1);
    }

    private static ServiceProvider Services(Uri baseAddress, bool retries)
    {
        var services = new ServiceCollection();
        services.AddFuseTenants(
            (_, _, _) => ValueTask.FromResult(new FuseClientOptions { BaseAddress = baseAddress, LoginName = "tenant.user", Password = "tenant-password" }),
            limits => limits.TransientRetries = retries);
        return services.BuildServiceProvider();
    }
}
