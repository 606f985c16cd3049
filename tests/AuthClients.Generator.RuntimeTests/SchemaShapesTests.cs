using System.Net;
using AuthClients.Generator.RuntimeTests.Schemas;
using Refit;

namespace AuthClients.Generator.RuntimeTests;

/// <summary>Schema constructs of real documents (Specs/schemas.yaml) are typed, and read and sent as the spec says.</summary>
public sealed class SchemaShapesTests
{
    [Fact]
    public async Task AllOf_of_one_ref_is_that_type_and_a_map_is_a_dictionary_of_the_value_type()
    {
        var (api, _) = Create(HttpStatusCode.OK, """
            {"name":"ann","address":{"city":"Oslo"},"pets":{"rex":{"name":"rex","bark":"woof","age":3}}}
            """);

        Owner owner = await api.GetOwnerAsync("1");

        Address? address = owner.Address;
        address!.City.ShouldBe("Oslo");
        IReadOnlyDictionary<string, Dog>? pets = owner.Pets;
        pets!["rex"].Bark.ShouldBe("woof");
        pets["rex"].Age.ShouldBe(3);
    }

    [Fact]
    public async Task A_top_level_map_response_is_a_dictionary()
    {
        var (api, _) = Create(HttpStatusCode.OK, """{"a":1,"b":2}""");

        IReadOnlyDictionary<string, int> scores = await api.GetScoresAsync();

        scores.ShouldBe(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 });
    }

    [Fact]
    public async Task AllOf_of_objects_is_one_record_with_every_part_s_members_sent_and_read()
    {
        var (api, handler) = Create(HttpStatusCode.Created, """{"name":"rex","age":2,"bark":"woof"}""");

        var dog = await api.CreateDogAsync(new Dog { Name = "rex", Bark = "woof", Age = 2 });

        handler.Body.ShouldBe("""{"name":"rex","age":2,"bark":"woof"}""");
        dog.Bark.ShouldBe("woof");
        dog.Age.ShouldBe(2);
    }

    [Fact]
    public async Task A_merged_record_requires_what_any_part_requires()
    {
        var (api, _) = Create(HttpStatusCode.Created, """{"name":"rex"}""");

        var ex = await Should.ThrowAsync<ApiException>(() => api.CreateDogAsync(new Dog { Name = "rex", Bark = "b" }));

        ex.InnerException!.Message.ShouldContain("bark");
    }

    [Fact]
    public async Task Query_arrays_follow_style_and_explode()
    {
        var (api, handler) = Create(HttpStatusCode.OK, "[]");

        await api.SearchAsync(tag: ["a b", "c"], ids: [1, 2], colors: ["red", "blue"]);

        // System.Uri writes the pipe as %7C, which servers decode before splitting.
        handler.Request!.RequestUri!.Query.ShouldBe("?tag=a%20b&tag=c&ids=1,2&colors=red%7Cblue");
    }

    [Fact]
    public async Task An_empty_or_missing_query_array_sends_nothing()
    {
        var (api, handler) = Create(HttpStatusCode.OK, "[]");

        await api.SearchAsync(tag: []);

        handler.Request!.RequestUri!.Query.ShouldBeEmpty();
    }

    private static (ISchemasApi Api, CapturingHandler Handler) Create(HttpStatusCode status, string? json)
    {
        var handler = new CapturingHandler(status, json);
        var client = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:9") };
        return (RestService.ForGenerated<ISchemasApi>(client, SchemasJsonContext.CreateRefitSettings()), handler);
    }
}
