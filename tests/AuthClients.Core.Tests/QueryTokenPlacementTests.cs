namespace AuthClients.Core.Tests;

public sealed class QueryTokenPlacementTests
{
    private readonly TokenPlacement _placement = TokenPlacement.Query("api-token");

    [Theory]
    [InlineData("http://h/node/api/users/current", "http://h/node/api/users/current?api-token=t1")]
    [InlineData("http://h/node/api/users/current?x=1", "http://h/node/api/users/current?x=1&api-token=t1")]
    [InlineData("http://h:8080/a/b?x=1&y=a%20b", "http://h:8080/a/b?x=1&y=a%20b&api-token=t1")]
    [InlineData("https://h/a?api-token2=keep", "https://h/a?api-token2=keep&api-token=t1")]
    public void The_token_is_appended_and_the_rest_of_the_address_kept(string before, string after)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, before);

        _placement.Apply(request, new AuthToken("t1"));

        request.RequestUri!.AbsoluteUri.ShouldBe(after);
    }

    [Fact]
    public void Applying_again_replaces_the_earlier_token_instead_of_adding_a_second()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://h/node/api/users/current?x=1");

        _placement.Apply(request, new AuthToken("first"));
        _placement.Apply(request, new AuthToken("second"));

        request.RequestUri!.Query.ShouldBe("?x=1&api-token=second");
    }

    [Theory]
    [InlineData("http://h/a?api-token=old&x=1")]
    [InlineData("http://h/a?x=1&api%2Dtoken=old")]
    [InlineData("http://h/a?api-token&x=1")]
    public void A_token_already_in_the_query_is_replaced_however_it_was_written(string before)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, before);

        _placement.Apply(request, new AuthToken("new"));

        request.RequestUri!.Query.ShouldBe("?x=1&api-token=new");
    }

    [Fact]
    public void A_token_with_reserved_characters_is_escaped()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://h/a");

        _placement.Apply(request, new AuthToken("a+b/c=d&e"));

        request.RequestUri!.Query.ShouldBe("?api-token=a%2Bb%2Fc%3Dd%26e");
    }

    [Fact]
    public void Each_new_token_is_used_not_the_first_one_formatted()
    {
        using var first = new HttpRequestMessage(HttpMethod.Get, "http://h/a");
        using var second = new HttpRequestMessage(HttpMethod.Get, "http://h/a");

        _placement.Apply(first, new AuthToken("one"));
        _placement.Apply(second, new AuthToken("two"));

        first.RequestUri!.Query.ShouldBe("?api-token=one");
        second.RequestUri!.Query.ShouldBe("?api-token=two");
    }

    [Fact]
    public void A_relative_address_stays_relative()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/node/api/users/current?x=1", UriKind.Relative));

        _placement.Apply(request, new AuthToken("t1"));

        request.RequestUri!.IsAbsoluteUri.ShouldBeFalse();
        request.RequestUri.OriginalString.ShouldBe("/node/api/users/current?x=1&api-token=t1");
    }

    [Fact]
    public void A_request_without_an_address_is_refused_with_a_clear_error()
    {
        using var request = new HttpRequestMessage();

        Should.Throw<InvalidOperationException>(() => _placement.Apply(request, new AuthToken("secret-token-value")))
            .Message.ShouldNotContain("secret-token-value");
    }

    [Theory]
    [InlineData("http://h/a?q=a b#part?x", "http://h/a?q=a%20b&api-token=t1#part?x")]
    [InlineData("http://h", "http://h/?api-token=t1")]
    [InlineData("http://h?x=1", "http://h/?x=1&api-token=t1")]
    [InlineData("http://h/a/../b?x=1", "http://h/b?x=1&api-token=t1")]
    [InlineData("http://h/a?", "http://h/a?&api-token=t1")]
    [InlineData("http://h/a?x=1&", "http://h/a?x=1&&api-token=t1")]
    [InlineData("  http://h/a?x=1  ", "http://h/a?x=1&api-token=t1")]
    [InlineData("HTTP://H:80/a%41", "http://h/aA?api-token=t1")]
    public void An_address_written_unusually_gets_the_token_where_its_parsed_form_says(string before, string after)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(before, UriKind.Absolute));

        _placement.Apply(request, new AuthToken("t1"));

        request.RequestUri!.AbsoluteUri.ShouldBe(after);
    }

    [Fact]
    public void A_call_with_the_same_token_allocates_only_the_new_address()
    {
        var baseAddress = new Uri("https://fuse.example/node/");
        long Measure()
        {
            // As HttpClient builds it: the base address and the call's relative path.
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, "api/users/current?x=1"));
            var before = GC.GetAllocatedBytesForCurrentThread();
            _placement.Apply(request, new AuthToken("t1"));
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Measure();
        Measure();

        // The new address's text and its Uri: 280 B on .NET 10. Reading the parsed parts of the
        // old Uri to rebuild it (its parsed form, Query, GetLeftPart, two concatenations) cost 656 B.
        Measure().ShouldBeLessThan(400);
    }
}
