using AuthClients.Datarhei;

namespace AuthClients.EndToEnd.Tests.Datarhei;

/// <summary>The Core's own "exi" claim (seconds until expiry) is read by the datarhei package, not by Core.</summary>
public sealed class DatarheiExpiryTests
{
    [Fact]
    public void Exp_wins_when_the_jwt_has_it()
    {
        // {"alg":"none"}.{"exp":5000,"iat":1000,"exi":600}
        var token = "eyJhbGciOiJub25lIn0.eyJleHAiOjUwMDAsImlhdCI6MTAwMCwiZXhpIjo2MDB9.";

        DatarheiTokenEndpoint.JwtExpiry(token, DateTimeOffset.UnixEpoch).ShouldBe(DateTimeOffset.FromUnixTimeSeconds(5000));
    }

    [Fact]
    public void Without_exp_the_expiry_is_iat_plus_exi()
    {
        // {"alg":"none"}.{"iat":1000,"exi":600}
        var token = "eyJhbGciOiJub25lIn0.eyJpYXQiOjEwMDAsImV4aSI6NjAwfQ.";

        DatarheiTokenEndpoint.JwtExpiry(token, DateTimeOffset.UnixEpoch).ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1600));
    }

    [Fact]
    public void Without_exp_and_iat_the_expiry_counts_exi_from_receipt()
    {
        // {"alg":"none"}.{"exi":600}
        var token = "eyJhbGciOiJub25lIn0.eyJleGkiOjYwMH0.";
        var received = DateTimeOffset.FromUnixTimeSeconds(2000);

        DatarheiTokenEndpoint.JwtExpiry(token, received).ShouldBe(received.AddSeconds(600));
    }

    [Fact]
    public void An_opaque_token_has_no_expiry()
    {
        DatarheiTokenEndpoint.JwtExpiry("RVt-k4zQJRyMBx3L", DateTimeOffset.UnixEpoch).ShouldBeNull();
    }
}
