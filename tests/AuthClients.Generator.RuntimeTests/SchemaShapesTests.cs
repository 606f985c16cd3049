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

    [Fact]
    public async Task OneOf_with_a_discriminator_reads_each_item_as_its_own_record_whatever_the_property_order()
    {
        var (api, _) = Create(HttpStatusCode.OK, """[{"radius":2,"kind":"circle"},{"kind":"Square","side":3}]""");

        var shapes = await api.ListShapesAsync();

        shapes[0].ShouldBeOfType<Circle>().Radius.ShouldBe(2);
        shapes[1].ShouldBeOfType<Square>().Side.ShouldBe(3);
    }

    [Fact]
    public async Task A_derived_record_is_sent_with_its_discriminator()
    {
        var (api, handler) = Create(HttpStatusCode.Created, """{"kind":"circle","radius":1.5}""");

        Shape stored = await api.AddShapeAsync(new Circle { Radius = 1.5 });

        handler.Body.ShouldBe("""{"kind":"circle","radius":1.5}""");
        stored.ShouldBeOfType<Circle>().Radius.ShouldBe(1.5);
    }

    private static (ISchemasApi Api, CapturingHandler Handler) Create(HttpStatusCode status, string? json)
    {
        var handler = new CapturingHandler(status, json);
        var client = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:9") };
        return (RestService.ForGenerated<ISchemasApi>(client, SchemasJsonContext.CreateRefitSettings()), handler);
    }
}
