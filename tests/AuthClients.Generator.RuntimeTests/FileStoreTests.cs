using System.Net;
using System.Text;
using AuthClients.Generator.RuntimeTests.FileStore;
using Refit;

namespace AuthClients.Generator.RuntimeTests;

/// <summary>
/// Swagger 2.0 files (Specs/files-swagger2.yaml): <c>type: file</c> answers come back as the
/// bytes sent, an octet-stream body is the caller's bytes whatever its schema says, a
/// <c>formData</c> file is a file part.
/// </summary>
public sealed class FileStoreTests
{
    // Not valid UTF-8 on purpose: a string or JSON round trip would alter these.
    private static readonly byte[] Bytes = [0x25, 0x50, 0x44, 0x46, 0xFF, 0xFE, 0x00, 0x80, 0x0A];

    [Fact]
    public async Task A_type_file_response_returns_the_bytes_sent()
    {
        var handler = new BinaryHandler(HttpStatusCode.OK, Bytes, "application/octet-stream");

        await using var stream = await Api(handler).DownloadFileAsync("a b.bin");

        handler.Request!.RequestUri!.PathAndQuery.ShouldBe("/v1/files/a%20b.bin");
        (await StreamBytes.ReadAllAsync(stream)).ShouldBe(Bytes);
    }

    [Fact]
    public async Task A_type_file_response_of_an_operation_that_produces_json_is_still_the_bytes()
    {
        var handler = new BinaryHandler(HttpStatusCode.OK, Bytes, "application/zip");

        await using var stream = await Api(handler).DownloadExportAsync("e1");

        (await StreamBytes.ReadAllAsync(stream)).ShouldBe(Bytes);
    }

    [Fact]
    public async Task An_octet_stream_body_documented_as_an_array_of_bytes_is_sent_as_the_bytes()
    {
        var handler = new BinaryHandler(HttpStatusCode.NoContent, null, "text/plain");

        await Api(handler).ReplaceFileAsync("f", new MemoryStream(Bytes));

        handler.Request!.Method.ShouldBe(HttpMethod.Put);
        handler.Request.Content!.Headers.ContentType!.MediaType.ShouldBe("application/octet-stream");
        handler.Body.ShouldBe(Bytes);
    }

    [Fact]
    public async Task A_form_data_file_is_sent_as_a_file_part_beside_the_text_fields()
    {
        var handler = new BinaryHandler(HttpStatusCode.Created, Encoding.UTF8.GetBytes("""{"name":"f","size":9}"""), "application/json");

        var stored = await Api(handler).UploadFileAsync(new UploadFileRequest { File = Bytes, Comment = "first" });

        handler.Parts.Single(p => p.Name == "file").ShouldSatisfyAllConditions(
            p => p.FileName.ShouldBe("file"),
            p => p.Bytes.ShouldBe(Bytes));
        Encoding.UTF8.GetString(handler.Parts.Single(p => p.Name == "comment").Bytes).ShouldBe("first");
        stored.Size.ShouldBe(9);
    }

    [Fact]
    public async Task A_pdf_response_returns_the_bytes_sent()
    {
        var handler = new BinaryHandler(HttpStatusCode.OK, Bytes, "application/pdf");

        await using var stream = await Api(handler).GetReportAsync(42);

        (await StreamBytes.ReadAllAsync(stream)).ShouldBe(Bytes);
    }

    [Fact]
    public async Task An_operation_naming_no_media_type_sends_and_reads_json()
    {
        var handler = new BinaryHandler(HttpStatusCode.Created, Encoding.UTF8.GetBytes("""{"name":"r","size":1}"""), "application/json");

        var stored = await Api(handler).CreateRecordAsync(new StoredFile { Name = "r" });

        handler.Request!.Content!.Headers.ContentType!.MediaType.ShouldBe("application/json");
        Encoding.UTF8.GetString(handler.Body!).ShouldBe("""{"name":"r"}""");
        stored.Size.ShouldBe(1);
    }

    [Fact]
    public async Task A_text_body_and_answer_go_as_text()
    {
        var handler = new BinaryHandler(HttpStatusCode.OK, Encoding.UTF8.GetBytes("17"), "text/plain");

        var answer = await Api(handler).AppendLogAsync("line \"one\"");

        handler.Request!.Content!.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        Encoding.UTF8.GetString(handler.Body!).ShouldBe("line \"one\"");
        answer.ShouldBe("17");
    }

    private static IFileStoreApi Api(HttpMessageHandler handler) =>
        RestService.ForGenerated<IFileStoreApi>(new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:9/v1/") }, FileStoreJsonContext.CreateRefitSettings());
}
