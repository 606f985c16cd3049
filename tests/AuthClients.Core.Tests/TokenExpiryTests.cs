namespace AuthClients.Core.Tests;

public sealed class TokenExpiryTests
{
    // A refresh token shaped like datarhei's example: exp 1670527625.
    private const string DatarheiRefreshToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleGkiOjg2NDAwLCJleHAiOjE2NzA1Mjc2MjUsImlhdCI6MTY3MDQ0MTIyNSwiaXNzIjoiZGF0YXJoZWktY29yZSIsImp0aSI6IjczM2Q4Y2UxLTY3YjEtNDM3Yy04YzQ1LTM3Yjg4MmZjMWExZiIsInN1YiI6ImFkbWluIiwidXNlZm9yIjoicmVmcmVzaCJ9.3lqZFJeN7ILfM4DTi0-ZJ7kAzqTMR-yRgRl3o89O-jY";

    [Fact]
    public void Expiry_is_read_from_the_jwt_exp_claim()
    {
        TokenExpiry.FromJwt(DatarheiRefreshToken).ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1670527625));
    }

    [Fact]
    public void A_jwt_without_exp_gives_no_expiry_but_its_numeric_claims_stay_readable()
    {
        // {"alg":"none"}.{"iat":1000,"exi":600}: "exi" is a vendor's claim, read by that vendor's package.
        var token = "eyJhbGciOiJub25lIn0.eyJpYXQiOjEwMDAsImV4aSI6NjAwfQ.";

        TokenExpiry.FromJwt(token).ShouldBeNull();
        TokenExpiry.NumericClaim(token, "iat").ShouldBe(1000);
        TokenExpiry.NumericClaim(token, "exi").ShouldBe(600);
    }

    [Fact]
    public void Claims_are_readable_for_vendor_checks()
    {
        TokenExpiry.Claim(DatarheiRefreshToken, "usefor").ShouldBe("refresh");
    }

    [Theory]
    [InlineData("RVt-k4zQJRyMBx3L")]
    [InlineData("a.b.c")]
    [InlineData("")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.not-base64!.sig")]
    public void A_value_that_is_not_a_jwt_gives_no_expiry_and_no_exception(string token)
    {
        TokenExpiry.FromJwt(token).ShouldBeNull();
        TokenExpiry.Claim(token, "exp").ShouldBeNull();
    }

    [Fact]
    public void Expires_in_counts_from_when_the_token_was_issued()
    {
        var issued = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

        TokenExpiry.FromExpiresIn(3600, issued).ShouldBe(issued.AddHours(1));
        TokenExpiry.FromExpiresIn(null, issued).ShouldBeNull();
        TokenExpiry.FromExpiresIn(0, issued).ShouldBeNull();
    }
}
