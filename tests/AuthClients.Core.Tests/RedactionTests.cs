namespace AuthClients.Core.Tests;

public sealed class RedactionTests
{
    [Theory]
    [InlineData("https://h/node/api/users/current?api-token=a5f946dc-4c21", "https://h/node/api/users/current?api-token=***")]
    [InlineData("https://h/api/v4.4/users/me?x=1&auth_token=Rn26mdxAs1&y=2", "https://h/api/v4.4/users/me?x=1&auth_token=***&y=2")]
    [InlineData("https://h/oauth/token?refresh_token=abc&client_secret=fixstream", "https://h/oauth/token?refresh_token=***&client_secret=***")]
    [InlineData("https://h/plain?page=2", "https://h/plain?page=2")]
    public void Secret_query_values_are_masked_in_urls(string url, string expected)
    {
        new SecretRedactor(["api-token", "auth_token"]).RedactUri(new Uri(url)).ShouldBe(expected);
    }

    [Fact]
    public void Secret_json_fields_credentials_and_jwts_are_masked_in_text()
    {
        var text = """{"access_token":"abc123","password":"hunter2","name":"joe"} Authorization: Bearer xyz.987 Basic am9lOnB3 eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig""";

        var redacted = SecretRedactor.Default.RedactText(text, ["joe-secret"]);

        redacted.ShouldNotContain("abc123");
        redacted.ShouldNotContain("hunter2");
        redacted.ShouldNotContain("xyz.987");
        redacted.ShouldNotContain("am9lOnB3");
        redacted.ShouldNotContain("eyJzdWIiOiJ4In0");
        redacted.ShouldContain("\"name\":\"joe\"");
    }

    [Fact]
    public void Known_secret_values_are_masked_wherever_they_appear()
    {
        SecretRedactor.Default.RedactText("login failed for s3cr3t-value", ["s3cr3t-value"]).ShouldBe("login failed for ***");
    }

    [Fact]
    public void AuthToken_ToString_shows_no_token()
    {
        var token = new AuthToken("the-access-token", DateTimeOffset.UnixEpoch, "the-refresh-token");

        token.ToString().ShouldNotContain("the-access-token");
        token.ToString().ShouldNotContain("the-refresh-token");
    }
}
