using System.Net;
using System.Text.Json;
using AuthClients.Generator.RuntimeTests.Unions;
using Refit;

namespace AuthClients.Generator.RuntimeTests;

/// <summary>
/// Objects that are also one of a union's options (Specs/unions.yaml): a oneOf beside the
/// object's own properties, an allOf of an object and a union. The shared fields are the
/// record's own, the option is its Variant, and both travel in one JSON object, read and
/// written through the generated metadata alone (reflection is off).
/// </summary>
public sealed class VariantObjectsRoundTripTests
{
    [Fact]
    public async Task A_oneOf_beside_properties_reads_the_shared_fields_and_the_option_the_discriminator_names()
    {
        const string Json = """{"kind":"fish","name":"Nemo","fins":3,"colour":"orange"}""";
        var (api, handler) = Create(HttpStatusCode.Created, Json);

        var animal = await api.AddAnimalAsync(new Animal { Kind = "bird", Name = "Tweety", Variant = new Bird { Kind = "bird", Name = "Tweety", Wingspan = 0.2 } });

        handler.Body.ShouldBe("""{"kind":"bird","name":"Tweety","wingspan":0.2}""");
        animal.Name.ShouldBe("Nemo");
        animal.Variant.TryGetFish(out var fish).ShouldBeTrue();
        fish.Fins.ShouldBe(3);
        animal.Variant.IsBird.ShouldBeFalse();

        await api.AddAnimalAsync(animal);
        handler.Body.ShouldBe(Json);
    }

    [Fact]
    public async Task A_shared_field_is_written_once_from_the_object_and_an_option_edit_is_sent()
    {
        var (api, handler) = Create(HttpStatusCode.Created, """{"kind":"fish","name":"Nemo","fins":3}""");
        var animal = await api.AddAnimalAsync(new Animal { Kind = "fish", Name = "x", Variant = new Fish { Kind = "fish", Name = "x", Fins = 1 } });
        animal.Variant.TryGetFish(out var fish).ShouldBeTrue();

        await api.AddAnimalAsync(animal with { Name = "Dory", Variant = fish with { Fins = 4 } });

        handler.Body.ShouldBe("""{"kind":"fish","name":"Dory","fins":4}""");
    }

    [Theory]
    [InlineData("""{"id":"o1","total":9.5,"cardNumber":"4111"}""", "card 4111")]
    [InlineData("""{"id":"o2","iban":"NO93"}""", "bank NO93")]
    [InlineData("""{"id":"o3","crypto":"btc"}""", "unmatched btc")]
    public async Task An_allOf_of_an_object_and_a_union_reads_the_option_and_round_trips(string json, string expected)
    {
        var (api, handler) = Create(HttpStatusCode.Created, json);

        var order = await api.PlaceOrderAsync(new Order { Id = "new", Variant = new BankPayment { Iban = "SE45" } });

        handler.Body.ShouldBe("""{"id":"new","iban":"SE45"}""");
        order.Variant.Match(card => "card " + card.CardNumber, bank => "bank " + bank.Iban, voucher => "voucher " + voucher, raw => "unmatched " + raw.GetProperty("crypto").GetString())
            .ShouldBe(expected);
        await api.PlaceOrderAsync(order);
        handler.Body.ShouldBe(json);
    }

    [Fact]
    public async Task A_missing_required_shared_field_is_a_json_exception_naming_it()
    {
        var (api, _) = Create(HttpStatusCode.Created, """{"cardNumber":"4111"}""");

        var error = await Should.ThrowAsync<ApiException>(() => api.PlaceOrderAsync(new Order { Id = "o", Variant = new CardPayment { CardNumber = "1" } }));

        error.InnerException.ShouldBeOfType<JsonException>().Message.ShouldContain("id");
    }

    [Fact]
    public async Task An_allOf_with_an_inline_oneOf_reads_each_item_as_its_option()
    {
        var (api, _) = Create(HttpStatusCode.OK, """[{"id":"d1","street":"Main 1"},{"locker":7,"id":"d2"}]""");

        var deliveries = await api.ListDeliveriesAsync();

        deliveries.Select(d => d.Id).ShouldBe(["d1", "d2"]);
        deliveries[0].Variant.TryGetDeliveryVariantOption1(out var street).ShouldBeTrue();
        street.Street.ShouldBe("Main 1");
        deliveries[1].Variant.TryGetDeliveryVariantOption2(out var locker).ShouldBeTrue();
        locker.Locker.ShouldBe(7);
    }

    [Fact]
    public async Task A_union_of_scalars_as_a_query_or_header_parameter_is_sent_as_its_text()
    {
        var (api, handler) = Create(HttpStatusCode.OK, "[]");

        await api.ListDeliveriesAsync(limit: "all", xRegion: "7");

        handler.Request!.RequestUri!.Query.ShouldBe("?limit=all");
        handler.Request.Headers.GetValues("X-Region").ShouldBe(["7"]);
        typeof(IUnionsApi).Assembly.GetTypes().ShouldNotContain(t => t.Name.StartsWith("ListDeliveries", StringComparison.Ordinal));
    }

    private static (IUnionsApi Api, CapturingHandler Handler) Create(HttpStatusCode status, string? json)
    {
        var handler = new CapturingHandler(status, json);
        var client = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:9") };
        return (RestService.ForGenerated<IUnionsApi>(client, UnionsJsonContext.CreateRefitSettings()), handler);
    }
}
