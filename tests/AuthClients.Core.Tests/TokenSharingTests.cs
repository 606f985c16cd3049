using AuthClients.Core.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace AuthClients.Core.Tests;

/// <summary>What a session asks of its token sharing, and when: only at renewal, with the right stale token.</summary>
public sealed class TokenSharingTests
{
    private static readonly SessionIdentity Acme = new("AuthClients.Test", "acme", new Uri("https://acme.example.com/"), "ops");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_cached_token_never_asks_the_sharing_and_a_due_one_asks_once_with_itself_as_the_stale_token()
    {
        var endpoint = new FakeTokenEndpoint(_time) { Lifetime = TimeSpan.FromMinutes(10) };
        var sharing = new RecordingSharing(renewHere: true);
        var session = Session(endpoint, sharing);

        var first = await session.GetTokenAsync();
        for (var i = 0; i < 100; i++)
        {
            await session.GetTokenAsync();
        }

        sharing.Requests.Count.ShouldBe(1, "the hot path stays in memory");
        sharing.Requests[0].Stale.ShouldBeNull();
        sharing.Requests[0].Session.ShouldBe(Acme);

        _time.Advance(TimeSpan.FromMinutes(10));
        await session.GetTokenAsync();

        sharing.Requests.Count.ShouldBe(2);
        sharing.Requests[1].Stale!.Token.ShouldBeSameAs(first);
        sharing.Requests[1].Stale!.ObtainedAt.ShouldBe(_time.GetUtcNow() - TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task An_adopted_token_is_used_without_a_login_and_a_rejected_one_is_passed_with_its_dates()
    {
        var endpoint = new FakeTokenEndpoint(_time);
        var adopted = new RenewedToken(new AuthToken("from-another-replica"), _time.GetUtcNow(), DateTimeOffset.MaxValue);
        var sharing = new RecordingSharing(renewHere: false) { Adopt = adopted };
        var session = Session(endpoint, sharing);

        var token = await session.GetTokenAsync();
        token.Value.ShouldBe("from-another-replica");
        endpoint.Logins.ShouldBe(0);
        session.Logins.ShouldBe(0, "this process did not log in");

        sharing.Adopt = new RenewedToken(new AuthToken("replacement"), _time.GetUtcNow(), DateTimeOffset.MaxValue);
        (await session.RenewAfterRejectionAsync(token)).Value.ShouldBe("replacement");

        sharing.Requests[1].Stale.ShouldBeSameAs(adopted, "the rejected token goes with the time it was obtained");
    }

    [Fact]
    public async Task Renewing_here_refreshes_from_the_token_the_sharing_passes_not_the_local_one()
    {
        var endpoint = new FakeTokenEndpoint(_time) { Lifetime = TimeSpan.FromMinutes(10), RefreshSupported = true };
        var sharing = new RecordingSharing(renewHere: true);
        var session = Session(endpoint, sharing);
        await session.GetTokenAsync();
        _time.Advance(TimeSpan.FromMinutes(10));

        sharing.RenewFrom = new AuthToken("latest-shared", _time.GetUtcNow(), "latest-refresh-token");
        var renewed = await session.GetTokenAsync();

        endpoint.Refreshes.ShouldBe(1);
        renewed.RefreshToken.ShouldBe("latest-refresh-token", "the refresh used the shared refresh token");
    }

    private TokenSession Session(FakeTokenEndpoint endpoint, ITokenSharing sharing) =>
        new(endpoint, new TokenSessionOptions(), _time, logger: null, secrets: null, sharing: sharing, identity: Acme);

    /// <summary>Records every request; adopts <see cref="Adopt"/> or renews here (from <see cref="RenewFrom"/> if set).</summary>
    private sealed class RecordingSharing(bool renewHere) : ITokenSharing
    {
        public List<TokenSharingRequest> Requests { get; } = [];

        public RenewedToken? Adopt { get; set; }

        public AuthToken? RenewFrom { get; set; }

        public Task<RenewedToken> RenewAsync(TokenSharingRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return renewHere ? request.Renewer.RenewHereAsync(RenewFrom ?? request.Stale?.Token, cancellationToken) : Task.FromResult(Adopt!);
        }
    }
}
