using System.Net;
using System.Text;
using System.Text.Json;

namespace AuthClients.Core.Tests;

public sealed class ApiErrorTranslatorTests
{
    private readonly ApiErrorTranslator _translator = new("Acme", (_, body) =>
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("error", out var error)
            ? new VendorError(error.GetString(), json.RootElement.TryGetProperty("error_description", out var d) ? d.GetString() : null)
            : null;
    });

    [Fact]
    public async Task A_documented_error_body_becomes_a_VendorApiException_with_the_vendors_code_and_message()
    {
        using var response = Response(HttpStatusCode.BadRequest, """{"error":"invalid_grant","error_description":"Bad credentials"}""", "application/json");

        var error = (await _translator.CreateAsync(response)).ShouldBeOfType<VendorApiException>();

        error.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        error.ErrorCode.ShouldBe("invalid_grant");
        error.ErrorMessage.ShouldBe("Bad credentials");
        error.Message.ShouldBe("Acme answered 400 BadRequest: Bad credentials");
    }

    [Fact]
    public async Task Details_are_added_to_the_message_unless_they_only_repeat_it()
    {
        var translator = new ApiErrorTranslator("Core", (_, _) => new VendorError("401", "Invalid credentials", ["Invalid credentials", "user admin"]));
        using var response = Response(HttpStatusCode.Unauthorized, "{}", "application/json");

        var error = (await translator.CreateAsync(response)).ShouldBeOfType<VendorApiException>();

        error.Message.ShouldBe("Core answered 401 Unauthorized: Invalid credentials (user admin)");
        error.Error.Details.ShouldBe(["Invalid credentials", "user admin"]);
    }

    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>", "text/html", "not its documented error")]
    [InlineData("", "application/json", "<empty>")]
    [InlineData("{\"error\":\"invalid_gr", "application/json", "{\"error\":\"invalid_gr")]
    [InlineData("{\"unexpected\":true}", "application/json", "not its documented error")]
    public async Task Bodies_that_are_not_the_vendors_error_give_an_UnexpectedResponseException_saying_what_came(string body, string contentType, string expected)
    {
        using var response = Response(HttpStatusCode.BadGateway, body, contentType);

        var error = (await _translator.CreateAsync(response)).ShouldBeOfType<UnexpectedResponseException>();

        error.Message.ShouldStartWith("Acme answered 502 BadGateway");
        error.Message.ShouldContain(expected);
        error.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
    }

    [Fact]
    public async Task Success_statuses_are_not_errors()
    {
        using var response = Response(HttpStatusCode.OK, "{}", "application/json");

        (await _translator.CreateAsync(response)).ShouldBeNull();
    }

    [Fact]
    public async Task A_huge_error_page_is_read_only_up_to_the_cap()
    {
        using var response = Response(HttpStatusCode.InternalServerError, new string('x', 10_000_000), "text/html");

        var error = await _translator.CreateAsync(response);

        error.ShouldBeOfType<UnexpectedResponseException>().Message.Length.ShouldBeLessThan(1000);
    }

    [Fact]
    public async Task Secrets_in_an_error_body_do_not_reach_the_message()
    {
        using var response = Response(HttpStatusCode.BadGateway, """<html>{"access_token":"leaked-token-value"}</html>""", "text/html");

        var error = await _translator.CreateAsync(response);

        error!.Message.ShouldNotContain("leaked-token-value");
    }

    [Fact]
    public void A_refused_connection_becomes_a_VendorUnreachableException_naming_the_masked_url()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:1/node/api/users/current?api-token=tok-secret");
        var translator = new ApiErrorTranslator("Acme", (_, _) => null, redactor: new SecretRedactor(["api-token"]));

        var error = translator.CreateForTransport(request, new HttpRequestException(HttpRequestError.ConnectionError, "refused"), CancellationToken.None);

        error.ShouldBeOfType<VendorUnreachableException>().Message.ShouldBe("Acme at http://127.0.0.1:1/node/api/users/current?api-token=*** refused the connection.");
    }

    [Fact]
    public void A_url_that_carries_the_current_token_under_a_name_no_redactor_knows_is_still_masked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:1/things?sid=tok-secret-value");
        var translator = new ApiErrorTranslator("Acme", (_, _) => null, () => ["tok-secret-value"]);

        var error = translator.CreateForTransport(request, new HttpRequestException(HttpRequestError.ConnectionError, "refused"), CancellationToken.None);

        error.Message.ShouldBe("Acme at http://127.0.0.1:1/things?sid=*** refused the connection.");
    }

    private static HttpResponseMessage Response(HttpStatusCode status, string body, string contentType) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
}
