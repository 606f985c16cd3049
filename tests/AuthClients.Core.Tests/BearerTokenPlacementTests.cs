namespace AuthClients.Core.Tests;

public sealed class BearerTokenPlacementTests
{
    private readonly TokenPlacement _placement = TokenPlacement.Bearer();

    [Fact]
    public void The_token_goes_in_the_authorization_header_and_a_second_apply_replaces_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://h/api");

        _placement.Apply(request, new AuthToken("first"));
        _placement.Apply(request, new AuthToken("second"));

        request.Headers.Authorization!.Scheme.ShouldBe("Bearer");
        request.Headers.Authorization.Parameter.ShouldBe("second");
        request.Headers.GetValues("Authorization").ShouldBe(["Bearer second"]);
    }

    [Fact]
    public void Calls_with_the_same_token_share_one_header_value_built_once_per_token()
    {
        using var first = new HttpRequestMessage(HttpMethod.Get, "http://h/a");
        using var second = new HttpRequestMessage(HttpMethod.Get, "http://h/b");
        using var renewed = new HttpRequestMessage(HttpMethod.Get, "http://h/c");

        _placement.Apply(first, new AuthToken("t1"));
        _placement.Apply(second, new AuthToken("t1"));
        _placement.Apply(renewed, new AuthToken("t2"));

        // One AuthenticationHeaderValue (32 B) fewer per call; it cannot be changed, so sharing is safe.
        second.Headers.Authorization.ShouldBeSameAs(first.Headers.Authorization);
        renewed.Headers.Authorization.ShouldNotBeSameAs(first.Headers.Authorization);
        renewed.Headers.Authorization!.Parameter.ShouldBe("t2");
        first.Headers.Authorization!.Parameter.ShouldBe("t1");
    }
}
