using System.Net;
using System.Text;
using AuthClients.Generator.RuntimeTests.Bodies;
using Refit;

namespace AuthClients.Generator.RuntimeTests;

/// <summary>Bodies other than JSON (Specs/bodies.yaml) go out and come back byte for byte.</summary>
public sealed class BodiesTests
{
    // Not valid UTF-8 on purpose: a string round trip would alter these.
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFE, 0x00];

    [Fact]
    public async Task A_binary_request_body_is_sent_unaltered_with_its_media_type()
    {
        var handler = new BinaryHandler(HttpStatusCode.NoContent, null, "image/png");

        await Api(handler).PutImageAsync("cat", new MemoryStream(Png));

        handler.Request!.Content!.Headers.ContentType!.MediaType.ShouldBe("image/png");
        handler.Body.ShouldBe(Png);
    }

    [Fact]
    public async Task A_binary_response_returns_the_bytes_sent()
    {
        var handler = new BinaryHandler(HttpStatusCode.OK, Png, "image/png");

        await using var stream = await Api(handler).GetImageAsync("cat");

        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.ToArray().ShouldBe(Png);
    }

    [Fact]
    public async Task An_octet_stream_without_schema_goes_both_ways_as_bytes()
    {
        var handler = new BinaryHandler(HttpStatusCode.OK, Png, "application/octet-stream");

        await using var stream = await Api(handler).PostBlobAsync(new MemoryStream(Png));

        handler.Request!.Content!.Headers.ContentType!.MediaType.ShouldBe("application/octet-stream");
        handler.Body.ShouldBe(Png);
        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.ToArray().ShouldBe(Png);
    }

    [Fact]
    public async Task Plain_text_is_sent_and_returned_as_text()
    {
        var handler = new BinaryHandler(HttpStatusCode.OK, Encoding.UTF8.GetBytes("\"quoted\" stays"), "text/plain");

        var answer = await Api(handler).PostNoteAsync("héllo\nworld");

        handler.Request!.Content!.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        Encoding.UTF8.GetString(handler.Body!).ShouldBe("héllo\nworld");
        answer.ShouldBe("\"quoted\" stays");
    }

    [Fact]
    public async Task A_json_string_answer_comes_back_without_its_quotes()
    {
        var handler = new BinaryHandler(HttpStatusCode.OK, Encoding.UTF8.GetBytes("\"OK \\u00e9\""), "application/json");

        (await Api(handler).GetStatusAsync()).ShouldBe("OK é");
    }

    [Fact]
    public async Task Multipart_sends_files_as_file_parts_and_lists_as_repeated_fields()
    {
        var handler = new BinaryHandler(HttpStatusCode.NoContent, null, "text/plain");

        await Api(handler).UploadAsync(new UploadRequest { File = Png, Attachments = [[1, 2], [3]], Labels = ["a", "b"], Title = "t" });

        var parts = handler.Parts;
        parts.Where(p => p.Name == "file").ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            p => p.FileName.ShouldBe("file"),
            p => p.Bytes.ShouldBe(Png));
        parts.Where(p => p.Name == "attachments").Select(p => p.Bytes).ShouldBe([[1, 2], [3]]);
        parts.Where(p => p.Name == "labels").Select(p => Encoding.UTF8.GetString(p.Bytes)).ShouldBe(["a", "b"]);
        parts.Where(p => p.Name == "title").Select(p => Encoding.UTF8.GetString(p.Bytes)).ShouldBe(["t"]);
    }

    [Fact]
    public async Task A_form_sends_a_list_as_the_field_repeated()
    {
        var handler = new BinaryHandler(HttpStatusCode.NoContent, null, "text/plain");

        await Api(handler).PostFiltersAsync(new PostFiltersRequest { Status = ["open", "on hold"], Page = 2 });

        Encoding.UTF8.GetString(handler.Body!).ShouldBe("status=open&status=on+hold&page=2");
    }

    [Fact]
    public async Task A_vendor_json_type_is_json_and_bytes_in_it_are_base64()
    {
        var handler = new BinaryHandler(HttpStatusCode.NoContent, null, "text/plain");

        await Api(handler).PostDocumentAsync(new PostDocumentRequest { Data = [1, 2, 3] });

        Encoding.UTF8.GetString(handler.Body!).ShouldBe("""{"data":"AQID"}""");
    }

    private static IBodiesApi Api(HttpMessageHandler handler) =>
        RestService.ForGenerated<IBodiesApi>(new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:9") }, BodiesJsonContext.CreateRefitSettings());
}
