using System.Net;
using AuthClients.Generator.RuntimeTests.Widgets;
using Refit;

namespace AuthClients.Generator.RuntimeTests;

/// <summary>A Swagger 2.0 document (Specs/swagger2.yaml) gives a client that sends what the document describes.</summary>
public sealed class SwaggerTwoTests
{
    private const string WidgetJson = """{"id":7,"name":"gear","color":"red","tags":["a"]}""";

    [Fact]
    public async Task A_path_parameter_and_header_reach_the_request_and_the_definition_is_parsed()
    {
        var (api, handler) = Create(HttpStatusCode.OK, WidgetJson);

        var widget = await api.GetWidgetAsync(7, xRequestId: "r-1");

        handler.Request!.RequestUri!.PathAndQuery.ShouldBe("/api/v2/widgets/7");
        handler.Request.Headers.GetValues("X-Request-Id").ShouldBe(["r-1"]);
        widget.Name.ShouldBe("gear");
        widget.Id.ShouldBe(7);
        widget.Tags.ShouldBe(["a"]);
    }

    [Fact]
    public async Task A_body_parameter_becomes_a_json_request_body()
    {
        var (api, handler) = Create(HttpStatusCode.Created, WidgetJson);

        await api.CreateWidgetAsync(new Widget { Name = "gear", Color = "green" });

        handler.ContentType.ShouldBe("application/json");
        handler.Body.ShouldBe("""{"name":"gear","color":"green"}""");
    }

    [Fact]
    public async Task FormData_parameters_become_a_url_encoded_body()
    {
        var (api, handler) = Create(HttpStatusCode.OK, """{"token":"t"}""");

        var session = await api.LoginAsync(new LoginRequest { Username = "joe", Password = "p&w" });

        handler.ContentType.ShouldBe("application/x-www-form-urlencoded");
        handler.Body.ShouldBe("username=joe&password=p%26w");
        session.Token.ShouldBe("t");
    }

    [Fact]
    public async Task An_operation_without_operationId_is_callable_under_its_route_name()
    {
        var (api, handler) = Create(HttpStatusCode.NoContent, null);

        await api.DeleteWidgetsByIdAsync(7);

        handler.Request!.Method.ShouldBe(HttpMethod.Delete);
        handler.Request.RequestUri!.PathAndQuery.ShouldBe("/api/v2/widgets/7");
    }

    [Fact]
    public async Task A_list_response_and_query_parameters_are_typed()
    {
        var (api, handler) = Create(HttpStatusCode.OK, "[" + WidgetJson + "]");

        var widgets = await api.ListWidgetsAsync(color: "red", limit: 2);

        handler.Request!.RequestUri!.PathAndQuery.ShouldBe("/api/v2/widgets?color=red&limit=2");
        widgets.Single().Name.ShouldBe("gear");
    }

    private static (IWidgetsApi Api, CapturingHandler Handler) Create(HttpStatusCode status, string? json)
    {
        var handler = new CapturingHandler(status, json);
        // The document's basePath belongs to the base address, as with any Refit client.
        var client = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:9/api/v2/") };
        return (RestService.ForGenerated<IWidgetsApi>(client, WidgetsJsonContext.CreateRefitSettings()), handler);
    }
}
