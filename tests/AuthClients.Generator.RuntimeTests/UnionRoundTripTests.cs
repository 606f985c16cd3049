using System.Net;
using System.Text.Json;
using AuthClients.Generator.RuntimeTests.Unions;
using Refit;

namespace AuthClients.Generator.RuntimeTests;

/// <summary>
/// Every union kind of Specs/unions.yaml (OpenAPI 3.0) is read into a type a user can switch on
/// and sent back as the same JSON, through the generated metadata alone (reflection is off).
/// </summary>
public sealed class UnionRoundTripTests
{
    [Fact]
    public async Task A_discriminated_oneOf_reads_each_item_as_its_own_record_whatever_the_property_order()
    {
        var (api, _) = Create(HttpStatusCode.OK, """[{"name":"Tom","petType":"cat","lives":9},{"petType":"dog","name":"Rex","bark":"woof"}]""");

        var pets = await api.ListPetsAsync();

        pets[0].ShouldBeOfType<Cat>().Lives.ShouldBe(9);
        pets[1].ShouldBeOfType<Dog>().Bark.ShouldBe("woof");
        pets[0].ShouldBeOfType<Cat>().AdditionalProperties.ShouldBeNull();
    }

    [Fact]
    public async Task An_unknown_discriminator_value_is_kept_as_raw_json_and_sent_back_unchanged()
    {
        const string Parrot = """{"petType":"parrot","name":"Polly","words":12}""";
        var (api, handler) = Create(HttpStatusCode.OK, "[" + Parrot + """,{"name":"nobody"}]""");

        var pets = await api.ListPetsAsync();

        var parrot = pets[0].ShouldBeOfType<UnknownPet>();
        parrot.Discriminator.ShouldBe("parrot");
        parrot.Json.GetProperty("words").GetInt32().ShouldBe(12);
        parrot.ToString().ShouldNotContain("Polly");
        pets[1].ShouldBeOfType<UnknownPet>().Discriminator.ShouldBeNull();

        await api.AddPetAsync(parrot);
        handler.Body.ShouldBe(Parrot);
    }

    [Fact]
    public async Task A_derived_record_sent_as_its_base_carries_its_discriminator()
    {
        var (api, handler) = Create(HttpStatusCode.Created, """{"petType":"dog","name":"Rex"}""");

        Pet stored = await api.AddPetAsync(new Dog { Name = "Rex", Bark = "woof" });

        handler.Body.ShouldBe("""{"petType":"dog","name":"Rex","bark":"woof"}""");
        stored.ShouldBeOfType<Dog>().Name.ShouldBe("Rex");
    }

    [Fact]
    public async Task A_derived_record_sent_on_its_own_carries_its_discriminator_and_reads_back()
    {
        var (api, handler) = Create(HttpStatusCode.Created, """{"petType":"cat","name":"Tom","lives":7}""");

        Cat stored = await api.AddCatAsync(new Cat { Name = "Tom" });

        handler.Body.ShouldBe("""{"petType":"cat","name":"Tom"}""");
        stored.Lives.ShouldBe(7);
        stored.AdditionalProperties.ShouldBeNull();
    }

    [Fact]
    public async Task A_discriminator_without_a_mapping_selects_by_component_name()
    {
        var (api, _) = Create(HttpStatusCode.OK, """[{"type":"Car","doors":4},{"type":"Bike","gears":21}]""");

        var vehicles = await api.ListVehiclesAsync();

        vehicles[0].ShouldBeOfType<Car>().Doors.ShouldBe(4);
        vehicles[1].ShouldBeOfType<Bike>().Gears.ShouldBe(21);
    }

    [Theory]
    [InlineData("""{"cardNumber":"4111","expiry":"12/30"}""", "card 4111")]
    [InlineData("""{"iban":"NO93"}""", "bank NO93")]
    [InlineData("\"VOUCHER-1\"", "voucher VOUCHER-1")]
    [InlineData("""{"crypto":"btc"}""", "unmatched {\"crypto\":\"btc\"}")]
    public async Task A_oneOf_without_a_discriminator_reads_the_option_that_fits_and_keeps_what_fits_none(string json, string expected)
    {
        var (api, handler) = Create(HttpStatusCode.OK, json);

        var method = await api.PayAsync("VOUCHER-1");

        method.Match(
            card => "card " + card.CardNumber,
            bank => "bank " + bank.Iban,
            voucher => "voucher " + voucher,
            unmatched => "unmatched " + unmatched.GetRawText()).ShouldBe(expected);
        handler.Body.ShouldBe("\"VOUCHER-1\"");

        await api.PayAsync(method);
        handler.Body.ShouldBe(json);
    }

    [Fact]
    public async Task Of_object_options_without_required_members_the_one_declaring_every_field_is_read()
    {
        var (api, _) = Create(HttpStatusCode.OK, """[{"label":"work","phone":"+47"},{"email":"a@b.no"},{"label":"x","fax":"1"}]""");

        var contacts = await api.ListContactsAsync();

        contacts[0].TryGetPhoneContact(out var phone).ShouldBeTrue();
        phone.Phone.ShouldBe("+47");
        contacts[1].IsEmailContact.ShouldBeTrue();
        contacts[2].TryGetEmailContact(out var first).ShouldBeTrue();
        first.AdditionalProperties!.Keys.ShouldBe(["fax"]);
    }

    [Fact]
    public async Task A_oneOf_of_required_lists_beside_properties_is_the_object_itself()
    {
        var (api, handler) = Create(HttpStatusCode.NoContent, null);

        await api.LookupAsync(new LookupRequest { Phone = "5550100" });

        handler.Body.ShouldBe("""{"phone":"5550100"}""");
    }

    [Theory]
    [InlineData("kitten", true)]
    [InlineData("puppy", false)]
    public async Task A_discriminator_on_a_union_record_names_the_option_to_read(string kind, bool isCat)
    {
        // Both records would read the payload (their members are alike); only the discriminator tells.
        var (api, _) = Create(HttpStatusCode.OK, """{"pet":{"name":"Ace","petType":"KIND"}}""".Replace("KIND", kind, StringComparison.Ordinal));

        var adoption = await api.GetAdoptionAsync();

        adoption.Pet.IsCat.ShouldBe(isCat);
        adoption.Pet.IsDog.ShouldBe(!isCat);
    }

    [Fact]
    public async Task A_union_option_is_made_by_conversion_and_read_with_its_accessors()
    {
        var (api, handler) = Create(HttpStatusCode.OK, """{"iban":"NO93"}""");

        var method = await api.PayAsync(new CardPayment { CardNumber = "4111" });

        handler.Body.ShouldBe("""{"cardNumber":"4111"}""");
        method.IsBankPayment.ShouldBeTrue();
        method.TryGetBankPayment(out var bank).ShouldBeTrue();
        bank.Iban.ShouldBe("NO93");
        method.TryGetCardPayment(out _).ShouldBeFalse();
        method.ToString().ShouldBe("PaymentMethod { Option = BankPayment }");
    }

    [Theory]
    [InlineData("""{"query":"cats","limit":10,"flag":true,"near":{"lat":59.9,"lon":10.7}}""")]
    [InlineData("""{"query":["cats","dogs"],"limit":"all","flag":1.5,"near":"oslo"}""")]
    [InlineData("""{"query":"cats","flag":null}""")]
    public async Task AnyOf_oneOf_of_primitives_and_nullable_unions_round_trip(string json)
    {
        var (api, handler) = Create(HttpStatusCode.OK, json);

        var request = await api.SearchAsync(new SearchRequest { Query = "x" });
        await api.SearchAsync(request);

        handler.Body.ShouldBe(json.Replace(""","flag":null""", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Union_properties_hold_the_typed_option_read()
    {
        var (api, _) = Create(HttpStatusCode.OK, """{"query":["cats","dogs"],"limit":"all","flag":1.5,"near":{"lat":59.9,"lon":10.7}}""");

        var request = await api.SearchAsync(new SearchRequest { Query = "x" });

        request.Query.TryGetListOfString(out var terms).ShouldBeTrue();
        terms.ShouldBe(["cats", "dogs"]);
        request.Limit!.TryGetString(out var limit).ShouldBeTrue();
        limit.ShouldBe("all");
        request.Flag!.TryGetDouble(out var flag).ShouldBeTrue();
        flag.ShouldBe(1.5);
        request.Near!.TryGetSearchRequestNearOption1(out var near).ShouldBeTrue();
        near.Lat.ShouldBe(59.9);
    }

    [Fact]
    public async Task AllOf_of_an_object_a_ref_and_annotating_parts_is_one_record()
    {
        var (api, _) = Create(HttpStatusCode.OK, """{"id":"t1","name":"red","label":"Red"}""");

        LabelledTag tag = await api.GetTagAsync();

        (tag.Id, tag.Name, tag.Label).ShouldBe(("t1", "red", "Red"));
    }

    [Fact]
    public async Task AllOf_requires_what_an_annotating_part_requires()
    {
        var (api, _) = Create(HttpStatusCode.OK, """{"id":"t1"}""");

        var error = await Should.ThrowAsync<ApiException>(() => api.GetTagAsync());

        error.InnerException.ShouldBeOfType<JsonException>().Message.ShouldContain("label");
    }

    private static (IUnionsApi Api, CapturingHandler Handler) Create(HttpStatusCode status, string? json)
    {
        var handler = new CapturingHandler(status, json);
        var client = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:9") };
        return (RestService.ForGenerated<IUnionsApi>(client, UnionsJsonContext.CreateRefitSettings()), handler);
    }
}
