using System.Net;
using AuthClients.Fixtures.OpenApi31;
using AuthClients.Fixtures.OpenApi32;
using Refit;

namespace AuthClients.Generator.RuntimeTests;

/// <summary>
/// Clients generated from OpenAPI 3.1 and 3.2 documents (Specs/openapi31.yaml, openapi32.yaml)
/// read and send what JSON Schema 2020-12 describes: nulls where a type array or enum allows
/// them, a const, a $ref into $defs, base64 content.
/// </summary>
public sealed class OpenApi31RoundTripTests
{
    [Fact]
    public async Task A_3_1_response_with_nulls_const_defs_and_base64_is_read()
    {
        var handler = new CapturingHandler(HttpStatusCode.OK, """
            {"id":"loan-17","kind":"loan","status":null,"dueBack":null,"note":"fragile",
             "member":{"id":"m1","address":{"street":"Storgata 1","city":"Oslo"}},
             "previous":null,"cover":"AQID","tags":["first","second"]}
            """);
        var api = RestService.ForGenerated<ILendingLibraryApi>(Client(handler), LendingLibraryJsonContext.CreateRefitSettings());

        var loan = await api.GetLoanAsync("loan-17", renewals: 2);

        handler.Request!.RequestUri!.PathAndQuery.ShouldBe("/loans/loan-17?renewals=2");
        loan.Kind.ShouldBe("loan");
        loan.Status.ShouldBeNull();
        loan.DueBack.ShouldBeNull();
        loan.Note.ShouldBe("fragile");
        loan.Member.Address!.City.ShouldBe("Oslo");
        loan.Previous.ShouldBeNull();
        loan.Cover.ShouldBe(new byte[] { 1, 2, 3 });
        loan.Tags.ShouldBe(["first", "second"]);
    }

    [Fact]
    public async Task A_3_1_request_with_a_nullable_integer_is_sent_as_written()
    {
        var handler = new CapturingHandler(HttpStatusCode.Created, """{"id":"l2","kind":"loan","status":"open","member":{"id":"m1"}}""");
        var api = RestService.ForGenerated<ILendingLibraryApi>(Client(handler), LendingLibraryJsonContext.CreateRefitSettings());

        var loan = await api.OpenLoanAsync(new LoanRequest { ItemId = "i1", MemberId = "m1", Days = 14 });

        handler.Body.ShouldBe("""{"itemId":"i1","memberId":"m1","days":14}""");
        loan.Status.ShouldBe("open");
    }

    [Fact]
    public async Task A_3_2_client_reads_a_nullable_number_and_an_enum_with_null()
    {
        var handler = new CapturingHandler(HttpStatusCode.OK, """
            {"id":"s1","name":"Blindern","elevation":null,"latest":{"at":"2026-12-04T03:00:00Z","celsius":-4.5,"quality":null}}
            """);
        var api = RestService.ForGenerated<IWeatherStationsApi>(Client(handler), WeatherStationsJsonContext.CreateRefitSettings());

        var station = await api.GetStationAsync("s1");

        station.Elevation.ShouldBeNull();
        station.Latest!.Celsius.ShouldBe(-4.5);
        station.Latest.Quality.ShouldBeNull();
    }

    private static HttpClient Client(HttpMessageHandler handler) => new(handler) { BaseAddress = new Uri("http://127.0.0.1:9") };
}
