namespace AuthClients.Core.Tests;

public sealed class BaseAddressPolicyTests
{
    [Theory]
    [InlineData("https://acme.fuseuniversal.com/", false)]
    [InlineData("http://127.0.0.1:8080/", false)]
    [InlineData("http://127.8.9.10/", false)]
    [InlineData("http://localhost:5000/", false)]
    [InlineData("http://[::1]:8080/", false)]
    [InlineData("http://192.168.1.20:8080/", true)]
    public void Plain_http_is_allowed_only_to_loopback_or_on_purpose(string url, bool allowInsecure)
    {
        BaseAddressPolicy.Check(new Uri(url), allowInsecure).ShouldBeNull();
    }

    [Fact]
    public void Plain_http_to_a_remote_host_is_refused_with_a_reason()
    {
        BaseAddressPolicy.Check(new Uri("http://192.168.1.20:8080/"), allowInsecureHttp: false)!.ShouldContain("AllowInsecureHttp");
    }

    [Fact]
    public void Other_schemes_and_relative_addresses_are_refused()
    {
        BaseAddressPolicy.Check(new Uri("ftp://h/"), true).ShouldNotBeNull();
        BaseAddressPolicy.Check(new Uri("/relative", UriKind.Relative), true).ShouldNotBeNull();
    }
}
