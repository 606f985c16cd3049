using System.Net;
using System.Text;
using System.Text.Json;
using AuthClients.Generator.RuntimeTests.MediaLibrary;
using Refit;

namespace AuthClients.Generator.RuntimeTests;

/// <summary>
/// OpenAPI 3.1 media (Specs/binary31.yaml): binary answers without a schema, any text type,
/// raw request bodies with their media type, and multipart bodies whose object, map and list
/// fields go as parts of JSON.
/// </summary>
public sealed class MediaLibraryTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x80];

    [Fact]
    public async Task A_binary_answer_without_a_schema_returns_the_bytes_sent()
    {
        var handler = new BinaryHandler(HttpStatusCode.OK, Jpeg, "image/jpeg");

        await using var stream = await Api(handler).GetThumbnailAsync("t1");

        (await StreamBytes.ReadAllAsync(stream)).ShouldBe(Jpeg);
    }

    [Fact]
    public async Task A_string_with_a_content_media_type_under_octet_stream_returns_the_bytes_sent()
    {
        var handler = new BinaryHandler(HttpStatusCode.OK, Jpeg, "application/octet-stream");

        await using var stream = await Api(handler).GetOriginalAsync("o1");

        (await StreamBytes.ReadAllAsync(stream)).ShouldBe(Jpeg);
    }

    [Fact]
    public async Task An_image_body_is_sent_unaltered_as_the_first_media_type_listed()
    {
        var handler = new BinaryHandler(HttpStatusCode.NoContent, null, "text/plain");

        await Api(handler).PutOriginalAsync("o1", new MemoryStream(Jpeg));

        handler.Request!.Content!.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        handler.Body.ShouldBe(Jpeg);
    }

    [Fact]
    public async Task Another_listed_media_type_goes_as_content_the_caller_built()
    {
        var handler = new BinaryHandler(HttpStatusCode.NoContent, null, "text/plain");
        var png = new ByteArrayContent(Jpeg);
        png.Headers.ContentType = new("image/png");

        await Api(handler).PutOriginalAsync("o1", png);

        handler.Request!.Content!.Headers.ContentType!.MediaType.ShouldBe("image/png");
        handler.Body.ShouldBe(Jpeg);
    }

    [Fact]
    public async Task Content_the_caller_built_without_a_media_type_goes_as_the_first_listed()
    {
        var handler = new BinaryHandler(HttpStatusCode.NoContent, null, "text/plain");

        await Api(handler).PutOriginalAsync("o1", new ByteArrayContent(Jpeg));

        handler.Request!.Content!.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        handler.Body.ShouldBe(Jpeg);
    }

    [Fact]
    public async Task An_optional_binary_body_left_out_sends_no_content()
    {
        var handler = new BinaryHandler(HttpStatusCode.NoContent, null, "text/plain");

        await Api(handler).PostAttachmentAsync();

        handler.Request!.Content.ShouldBeNull();
    }

    [Fact]
    public async Task Any_text_type_is_returned_as_the_text_sent()
    {
        var handler = new BinaryHandler(HttpStatusCode.OK, Encoding.UTF8.GetBytes("WEBVTT\n\n00:01.000 --> 00:02.000\nhé"), "text/vtt");

        (await Api(handler).GetCaptionsAsync("c1")).ShouldBe("WEBVTT\n\n00:01.000 --> 00:02.000\nhé");
    }

    [Fact]
    public async Task Any_text_type_is_sent_as_the_text_given_with_its_media_type()
    {
        var handler = new BinaryHandler(HttpStatusCode.NoContent, null, "text/plain");

        await Api(handler).PutCaptionsAsync("c1", "start,end\n1,2");

        handler.Request!.Content!.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        Encoding.UTF8.GetString(handler.Body!).ShouldBe("start,end\n1,2");
    }

    [Fact]
    public async Task Multipart_object_list_and_map_fields_are_sent_as_json_parts()
    {
        var handler = new BinaryHandler(HttpStatusCode.Created, Encoding.UTF8.GetBytes("""{"title":"t"}"""), "application/json");

        await Api(handler).CreateAlbumAsync(new CreateAlbumRequest
        {
            Meta = new AlbumMeta { Title = "Blue", Year = 1971 },
            Cover = Jpeg,
            Artwork = Jpeg,
            Tracks = [new Track { Name = "A Case of You", Seconds = 260 }, new Track { Name = "River" }],
            Tags = ["folk", "1970s"],
            Extra = new Dictionary<string, string> { ["label"] = "Reprise" },
            Details = JsonDocument.Parse("""{"mono":false}""").RootElement,
        });

        var parts = handler.Parts;
        Json(parts.Single(p => p.Name == "meta")).ShouldBe("""{"title":"Blue","year":1971}""");
        Json(parts.Single(p => p.Name == "tracks")).ShouldBe("""[{"name":"A Case of You","seconds":260},{"name":"River"}]""");
        Json(parts.Single(p => p.Name == "extra")).ShouldBe("""{"label":"Reprise"}""");
        Json(parts.Single(p => p.Name == "details")).ShouldBe("""{"mono":false}""");
        parts.Single(p => p.Name == "cover").ShouldSatisfyAllConditions(p => p.FileName.ShouldBe("cover"), p => p.Bytes.ShouldBe(Jpeg));
        parts.Single(p => p.Name == "artwork").ShouldSatisfyAllConditions(p => p.FileName.ShouldBe("artwork"), p => p.Bytes.ShouldBe(Jpeg));
        parts.Where(p => p.Name == "tags").Select(p => Encoding.UTF8.GetString(p.Bytes)).ShouldBe(["folk", "1970s"]);
    }

    [Fact]
    public async Task Multipart_json_parts_that_are_null_are_left_out()
    {
        var handler = new BinaryHandler(HttpStatusCode.Created, Encoding.UTF8.GetBytes("""{"title":"t"}"""), "application/json");

        await Api(handler).CreateAlbumAsync(new CreateAlbumRequest { Meta = new AlbumMeta { Title = "Blue" }, Cover = Jpeg });

        handler.Parts.Select(p => p.Name).Order().ShouldBe(["cover", "meta"]);
    }

    /// <summary>A part's text, checked to be declared as JSON.</summary>
    private static string Json((string Name, string? FileName, byte[] Bytes, string? MediaType) part)
    {
        part.MediaType.ShouldBe("application/json", part.Name);
        return Encoding.UTF8.GetString(part.Bytes);
    }

    private static IMediaLibraryApi Api(HttpMessageHandler handler) =>
        RestService.ForGenerated<IMediaLibraryApi>(new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:9") }, MediaLibraryJsonContext.CreateRefitSettings());
}
