using System.Net;
using AuthClients.Generator.RuntimeTests.Unions31;
using Refit;

namespace AuthClients.Generator.RuntimeTests;

/// <summary>Unions as OpenAPI 3.1 writes them (Specs/unions31.yaml): type arrays, null options, const discriminators.</summary>
public sealed class Unions31RoundTripTests
{
    [Theory]
    [InlineData("""{"value":21.5,"previous":"n/a","source":{"serial":"S-1"},"unit":"celsius"}""")]
    [InlineData("""{"value":"n/a","previous":20,"source":{"name":"Ann"}}""")]
    [InlineData("""{"value":3,"previous":null,"source":null}""")]
    public async Task Type_arrays_and_nullable_oneOf_round_trip(string json)
    {
        var (api, handler) = Create(HttpStatusCode.OK, json);

        var reading = await api.RecordAsync(new Reading { Value = 1.0 });
        await api.RecordAsync(reading);

        handler.Body.ShouldBe(json.Replace(""","previous":null,"source":null""", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_type_array_reads_the_type_sent_and_a_nullable_oneOf_its_option()
    {
        var (api, _) = Create(HttpStatusCode.OK, """{"value":"n/a","previous":20,"source":{"name":"Ann"},"unit":"kelvin"}""");

        var reading = await api.RecordAsync(new Reading { Value = "x" });

        reading.Value.TryGetString(out var text).ShouldBeTrue();
        text.ShouldBe("n/a");
        reading.Previous!.TryGetDouble(out var previous).ShouldBeTrue();
        previous.ShouldBe(20);
        reading.Source!.TryGetPerson(out var person).ShouldBeTrue();
        person.Name.ShouldBe("Ann");
        reading.Unit.ShouldBe("kelvin");
    }

    [Fact]
    public async Task Const_discriminators_select_the_record_and_an_unknown_one_is_kept()
    {
        var (api, _) = Create(HttpStatusCode.OK, """[{"kind":"created","id":"1"},{"id":"2","reason":null,"kind":"deleted"},{"kind":"moved","id":"3"}]""");

        var events = await api.ListEventsAsync();

        events[0].ShouldBeOfType<Created>().Id.ShouldBe("1");
        events[1].ShouldBeOfType<Deleted>().Reason.ShouldBeNull();
        events[2].ShouldBeOfType<UnknownEvent>().Discriminator.ShouldBe("moved");
    }

    [Theory]
    [InlineData("""{"id":"n1","phone":"0047 1"}""", "sms 0047 1")]
    [InlineData("""{"id":"n2","sentAt":"2026-12-07T10:00:00-05:00","email":"a@b.no"}""", "email a@b.no")]
    public async Task An_anyOf_beside_properties_reads_the_option_that_fits_and_round_trips(string json, string expected)
    {
        var (api, handler) = Create(HttpStatusCode.OK, json);

        var notification = await api.SendNotificationAsync("42", new Notification { Id = "n0", Variant = new EmailChannel { Email = "x@y.no" } }, priority: "high");

        handler.Request!.RequestUri!.PathAndQuery.ShouldBe("/notifications/42?priority=high");
        handler.Body.ShouldBe("""{"id":"n0","email":"x@y.no"}""");
        notification.Variant.Match(email => "email " + email.Email, sms => "sms " + sms.Phone, _ => "unmatched").ShouldBe(expected);
        await api.SendNotificationAsync("n", notification);
        handler.Body.ShouldBe(json);
    }

    private static (IUnions31Api Api, CapturingHandler Handler) Create(HttpStatusCode status, string? json)
    {
        var handler = new CapturingHandler(status, json);
        var client = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:9") };
        return (RestService.ForGenerated<IUnions31Api>(client, Unions31JsonContext.CreateRefitSettings()), handler);
    }
}
