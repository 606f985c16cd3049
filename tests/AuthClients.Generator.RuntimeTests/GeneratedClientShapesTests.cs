using System.Net;
using System.Text.Json;
using AuthClients.Generator.RuntimeTests.Shapes;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace AuthClients.Generator.RuntimeTests;

/// <summary>Each emitted method shape builds the documented request and parses the response.</summary>
public sealed class GeneratedClientShapesTests
{
    private const string ItemJson = """
        {"name":"a","count":3,"ratio":0.5,"active":true,"created":"2026-11-24T10:00:00+00:00",
         "tags":["x","y"],"children":[{"label":"c"}],"meta":{"k":1},"future_field":42}
        """;

    [Fact]
    public async Task Path_query_and_header_parameters_are_escaped_and_sent()
    {
        var (api, handler) = Create(HttpStatusCode.OK, ItemJson);

        var item = await api.GetItemAsync("a b/c", "trace-1", filter: "x&y", limit: 5);

        handler.Request!.RequestUri!.PathAndQuery.ShouldBe("/items/a%20b%2Fc?filter=x%26y&limit=5");
        handler.Request.Headers.GetValues("X-Trace").ShouldBe(["trace-1"]);
        item.Name.ShouldBe("a");
        item.Tags.ShouldBe(["x", "y"]);
        item.Children!.Single().Label.ShouldBe("c");
        item.Created.ShouldBe(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        item.Meta!.Value.GetProperty("k").GetInt32().ShouldBe(1);
        item.AdditionalProperties!.ShouldContainKey("future_field");
    }

    [Fact]
    public async Task Optional_query_parameters_that_are_null_are_left_out()
    {
        var (api, handler) = Create(HttpStatusCode.OK, ItemJson);

        await api.GetItemAsync("id", "t");

        handler.Request!.RequestUri!.PathAndQuery.ShouldBe("/items/id");
    }

    [Fact]
    public async Task A_json_body_is_sent_with_wire_names_and_without_nulls()
    {
        var (api, handler) = Create(HttpStatusCode.Created, ItemJson);

        await api.CreateItemAsync(new Item { Name = "n", Tags = ["t"], Count = 2 });

        // The framework's shared instance: a call allocates no HttpMethod of its own.
        handler.Request!.Method.ShouldBeSameAs(HttpMethod.Post);
        handler.ContentType.ShouldBe("application/json");
        handler.Body.ShouldBe("""{"name":"n","count":2,"tags":["t"]}""");
    }

    [Fact]
    public async Task A_json_list_body_is_sent_whatever_list_the_caller_passes()
    {
        var (api, handler) = Create(HttpStatusCode.NoContent, null);

        await api.CreateItemsAsync([new Item { Name = "a", Tags = [] }]);
        var single = handler.Body;
        await api.CreateItemsAsync(new List<Item> { new() { Name = "b", Tags = ["t"] } });

        single.ShouldBe("""[{"name":"a","tags":[]}]""");
        handler.Body.ShouldBe("""[{"name":"b","tags":["t"]}]""");
        handler.ContentType.ShouldBe("application/json");
        handler.Request!.Content!.Headers.ContentLength.ShouldBe(handler.Body!.Length);
    }

    [Fact]
    public async Task A_form_body_is_url_encoded_field_by_field()
    {
        var (api, handler) = Create(HttpStatusCode.OK, """{"echoed":"ok"}""");

        var response = await api.PostFormAsync(new PostFormRequest { GrantType = "password", Secret = "s&cret" });

        handler.ContentType.ShouldBe("application/x-www-form-urlencoded");
        handler.Body.ShouldBe("grant_type=password&secret=s%26cret");
        response.Echoed.ShouldBe("ok");
    }

    [Fact]
    public async Task A_multipart_body_sends_one_part_per_field()
    {
        var (api, handler) = Create(HttpStatusCode.Created, """{"auth_token":"tok"}""");

        var response = await api.UploadAsync(new UploadRequest { LoginName = "joe", Password = "pw" });

        handler.ContentType.ShouldBe("multipart/form-data");
        handler.Body!.ShouldContain("name=login_name");
        handler.Body!.ShouldContain("joe");
        handler.Body!.ShouldContain("name=password");
        response.AuthToken.ShouldBe("tok");
    }

    [Fact]
    public async Task A_json_string_response_is_returned_without_its_quotes()
    {
        var (api, _) = Create(HttpStatusCode.OK, "\"a5f946dc-4c21-4ccd-b78b-f0a5fce94f4d\"");

        var token = await api.CreateTokenAsync();

        token.ShouldBe("a5f946dc-4c21-4ccd-b78b-f0a5fce94f4d");
    }

    [Fact]
    public async Task A_bare_string_where_json_was_documented_is_returned_as_it_came()
    {
        var (api, _) = Create(HttpStatusCode.OK, "a5f946dc");

        (await api.CreateTokenAsync()).ShouldBe("a5f946dc");
    }

    [Fact]
    public async Task A_204_response_completes_a_plain_task()
    {
        var (api, handler) = Create(HttpStatusCode.NoContent, null);

        await api.DeleteItemAsync(42);

        handler.Request!.Method.ShouldBeSameAs(HttpMethod.Delete);
        handler.Request.RequestUri!.PathAndQuery.ShouldBe("/items/42");
    }

    [Fact]
    public async Task A_response_in_a_format_the_generator_does_not_read_is_handed_back_raw()
    {
        var (api, _) = Create(HttpStatusCode.OK, "<item/>");

        using var response = await api.GetRawAsync();

        (await response.Content.ReadAsStringAsync()).ShouldBe("<item/>");
    }

    [Fact]
    public async Task A_missing_required_field_fails_at_parse_time_naming_the_field()
    {
        var (api, _) = Create(HttpStatusCode.OK, """{"name":"a"}""");

        var ex = await Should.ThrowAsync<ApiException>(() => api.GetItemAsync("id", "t"));

        ex.InnerException.ShouldBeOfType<JsonException>().Message.ShouldContain("tags");
    }

    [Fact]
    public async Task AddRefitGeneratedClient_resolves_the_generated_implementation()
    {
        var handler = new CapturingHandler(HttpStatusCode.OK, ItemJson);
        var services = new ServiceCollection();
        services.AddRefitGeneratedClient<IShapesApi>(_ => ShapesJsonContext.CreateRefitSettings())
            .ConfigureHttpClient(c => c.BaseAddress = new Uri("http://127.0.0.1:9"))
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var item = await provider.GetRequiredService<IShapesApi>().GetItemAsync("1", "t");

        item.Name.ShouldBe("a");
    }

    [Fact]
    public void ToString_masks_secrets()
    {
        new PostFormRequest { GrantType = "password", Secret = "hunter2" }.ToString().ShouldNotContain("hunter2");
        new UploadResponse { AuthToken = "tok-123" }.ToString().ShouldNotContain("tok-123");
    }

    [Fact]
    public void ToString_prints_text_quoted_numbers_invariant_collections_as_counts_and_never_raw_json()
    {
        var item = new Item
        {
            Name = "a",
            Count = 3,
            Ratio = 1.5,
            Active = true,
            Tags = ["x", "y"],
            Meta = JsonDocument.Parse("{\"secret\":\"s3cr3t\"}").RootElement,
        };

        item.ToString().ShouldBe("Item { Name = \"a\", Count = 3, Ratio = 1.5, Active = true, Created = null, Tags = [2 items], Children = null, Meta = (JSON), AdditionalProperties = null }");
    }

    private static (IShapesApi Api, CapturingHandler Handler) Create(HttpStatusCode status, string? json)
    {
        var handler = new CapturingHandler(status, json);
        var client = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:9") };
        return (RestService.ForGenerated<IShapesApi>(client, ShapesJsonContext.CreateRefitSettings()), handler);
    }
}
