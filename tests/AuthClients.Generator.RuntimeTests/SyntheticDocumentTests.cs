using System.Net;
using System.Text;
using AuthClients.Generated.Synthetic200;
using Refit;

namespace AuthClients.Generator.RuntimeTests;

/// <summary>
/// The 200-operation document written by build/gen-synthetic-spec.py (no x-authclients, so
/// named after its file) builds with warnings as errors and its clients talk as it describes.
/// </summary>
public sealed class SyntheticDocumentTests
{
    private const string ItemJson = """
        {"id":5,"created_at":"2026-12-02T12:00:00+00:00","name":"n","status":"paused","labels":{"k":"v"},"tags":["t"],"usage":{"calls":3,"ratio":0.5}}
        """;

    [Fact]
    public async Task A_list_sends_repeated_tags_and_reads_merged_records()
    {
        var (api, handler) = Create(HttpStatusCode.OK, "{\"items\":[" + ItemJson + "],\"next_cursor\":null}", "application/json");

        var page = await api.ListR007Async(tag: ["a", "b"], limit: 10);

        handler.Request!.RequestUri!.PathAndQuery.ShouldBe("/resources-007?tag=a&tag=b&limit=10");
        var item = page.Items!.Single();
        item.Id.ShouldBe(5);
        item.Name.ShouldBe("n");
        item.Labels!["k"].ShouldBe("v");
        item.Usage!.Calls.ShouldBe(3);
    }

    [Fact]
    public async Task An_update_sends_the_allOf_body_and_an_export_returns_bytes()
    {
        var (api, handler) = Create(HttpStatusCode.OK, ItemJson, "application/json");

        await api.UpdateR000Async(5, new R000Create { Name = "m", Labels = new Dictionary<string, string> { ["a"] = "b" } });

        handler.Request!.Method.ShouldBe(HttpMethod.Patch);
        Encoding.UTF8.GetString(handler.Body!).ShouldBe("""{"name":"m","labels":{"a":"b"}}""");

        var (exportApi, _) = Create(HttpStatusCode.OK, "\u00ff\u0000raw", "application/octet-stream");
        await using var export = await exportApi.ExportR001Async(1);
        var bytes = new MemoryStream();
        await export.CopyToAsync(bytes);
        bytes.ToArray().ShouldBe(Encoding.Latin1.GetBytes("\u00ff\u0000raw"));
    }

    private static (ISynthetic200Api Api, BinaryHandler Handler) Create(HttpStatusCode status, string answer, string contentType)
    {
        var handler = new BinaryHandler(status, Encoding.Latin1.GetBytes(answer), contentType);
        var client = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:9") };
        return (RestService.ForGenerated<ISynthetic200Api>(client, Synthetic200JsonContext.CreateRefitSettings()), handler);
    }
}
