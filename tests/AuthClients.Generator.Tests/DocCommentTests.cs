using System.Text;
using System.Text.Json;
using AuthClients.Generator.Emitting;
using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AuthClients.Generator.Tests;

/// <summary>
/// Spec text reaches doc comments in many places (info, operation summary and description,
/// x-source, parameters, schema and property descriptions and titles, enum values, wire names).
/// Random text with line breaks of every kind, XML metacharacters, control characters and
/// non-ASCII goes through all of them at once; the output must compile with doc comments checked.
/// The seed is fixed and printed on failure, so any failure reproduces.
/// </summary>
public sealed class DocCommentTests
{
    private const int Seed = 20261202;
    private const int Iterations = 120;

    private static readonly string[] Pieces =
    [
        "a", "Word", " ", "  ", "\t", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\n\n",
        "<", ">", "&", "&amp;", "<summary>", "</param>", "<!--", "-->", "<![CDATA[", "]]>", "\"", "'",
        "*/", "/*", "///", "//", "#if X", "{", "}", "\\", "\\n", "@", "`code`", "**bold**",
        "é", "ß", "中文", "😀", "\u0000", "\u0001", "\u001b", "\u007f", "\uFFFE", "\u200B", "\u00A0",
    ];

    [Fact]
    public void Random_text_in_every_documented_place_compiles_with_doc_comments_checked()
    {
        var random = new Random(Seed);
        for (var i = 0; i < Iterations; i++)
        {
            var spec = Spec(() => RandomText(random));

            var outcome = GeneratorHarness.Run(GeneratorHarness.WithDocumentation, new InMemoryAdditionalText("/specs/docs.yaml", spec));

            var context = $"iteration {i} (seed {Seed})";
            outcome.Exception.ShouldBeNull(context);
            outcome.GeneratorDiagnostics.Where(d => d.Id != "AC0007").ShouldBeEmpty(context);
            outcome.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .ShouldBeEmpty($"{context}\n{spec}");
        }
    }

    [Fact]
    public void Every_line_break_C_sharp_knows_starts_a_new_doc_line()
    {
        DocComment.Lines("a\nb\r\nc\rd\u0085e\u2028f\u2029g").ShouldBe(["a", "b", "c", "d", "e", "f", "g"]);
    }

    [Fact]
    public void Xml_metacharacters_are_escaped_and_invalid_xml_characters_replaced()
    {
        DocComment.Lines("<a> & \u0001 \uD800 \uFFFE 😀 é").ShouldBe(["&lt;a&gt; &amp; \uFFFD \uFFFD \uFFFD 😀 é"]);
    }

    [Fact]
    public void Blank_text_gives_no_lines_and_blank_lines_inside_are_kept()
    {
        DocComment.Lines(" \n\t\n").ShouldBeEmpty();
        DocComment.Lines("\nfirst\n\nsecond\n").ShouldBe(["first", string.Empty, "second"]);
    }

    [Fact]
    public void A_multi_line_parameter_description_gets_a_doc_line_per_line()
    {
        var spec = Spec(() => "x").Replace("\"param-id\"", JsonSerializer.Serialize("first line\nsecond <line>"), StringComparison.Ordinal);

        var api = GeneratorHarness.Run(GeneratorHarness.WithDocumentation, new InMemoryAdditionalText("/specs/docs.yaml", spec)).Sources["Docs.Api.g.cs"];

        api.ShouldContain("/// <param name=\"id\">\n    /// first line\n    /// second &lt;line&gt;\n    /// </param>");
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        for (var n = random.Next(0, 12); n > 0; n--)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A spec, written as JSON (which YAML reads too) so any text can be quoted, with
    /// <paramref name="text"/> in every place that reaches a doc comment.
    /// </summary>
    private static string Spec(Func<string> text)
    {
        var document = new Dictionary<string, object>
        {
            ["openapi"] = "3.0.3",
            ["info"] = new Dictionary<string, object>
            {
                ["title"] = text(),
                ["description"] = text(),
                ["version"] = "1",
                ["x-authclients"] = new Dictionary<string, object> { ["client"] = "Docs", ["namespace"] = "Docs.Api" },
            },
            ["paths"] = new Dictionary<string, object>
            {
                ["/things/{id}"] = new Dictionary<string, object>
                {
                    ["get"] = new Dictionary<string, object>
                    {
                        ["operationId"] = "GetThing",
                        ["summary"] = text(),
                        ["description"] = text(),
                        ["x-source"] = text(),
                        ["parameters"] = new object[]
                        {
                            new Dictionary<string, object> { ["name"] = "id", ["in"] = "path", ["required"] = true, ["description"] = "param-id", ["schema"] = new { type = "string" } },
                            new Dictionary<string, object> { ["name"] = "q", ["in"] = "query", ["description"] = text(), ["schema"] = new { type = "string" } },
                            new Dictionary<string, object> { ["name"] = "x" + text(), ["in"] = "header", ["schema"] = new { type = "string" } },
                        },
                        ["responses"] = new Dictionary<string, object>
                        {
                            ["200"] = new Dictionary<string, object>
                            {
                                ["description"] = text(),
                                ["content"] = new Dictionary<string, object>
                                {
                                    ["application/json"] = new Dictionary<string, object> { ["schema"] = new Dictionary<string, object> { ["$ref"] = "#/components/schemas/Thing" } },
                                },
                            },
                        },
                    },
                },
            },
            ["components"] = new Dictionary<string, object>
            {
                ["schemas"] = new Dictionary<string, object>
                {
                    ["Thing"] = new Dictionary<string, object>
                    {
                        ["type"] = "object",
                        ["description"] = text(),
                        ["properties"] = new Dictionary<string, object>
                        {
                            ["kind"] = new Dictionary<string, object> { ["type"] = "string", ["description"] = text(), ["enum"] = new[] { "k" + text(), "l" + text() } },
                            ["name"] = new Dictionary<string, object> { ["type"] = "string", ["title"] = text() },
                            ["secret"] = new Dictionary<string, object> { ["type"] = "string", ["format"] = "password", ["description"] = text() },
                            ["w" + text()] = new Dictionary<string, object> { ["type"] = "integer" },
                            ["inner"] = new Dictionary<string, object>
                            {
                                ["type"] = "object",
                                ["title"] = text(),
                                ["properties"] = new Dictionary<string, object> { ["v"] = new Dictionary<string, object> { ["type"] = "boolean", ["description"] = text() } },
                            },
                        },
                    },
                },
            },
        };
        return Quoted(JsonSerializer.Serialize(document));
    }

    /// <summary>
    /// Undoes System.Text.Json's \\u escapes of surrogate pairs, which the OpenAPI reader's YAML
    /// parser cannot decode (it fails on "\\uD83D\\uDE00"): specs carry such characters literally.
    /// </summary>
    private static string Quoted(string json) => System.Text.RegularExpressions.Regex.Replace(
        json,
        @"\\u(D[89AB][0-9A-F]{2})\\u(D[C-F][0-9A-F]{2})",
        m => char.ConvertFromUtf32(char.ConvertToUtf32(
            (char)Convert.ToInt32(m.Groups[1].Value, 16), (char)Convert.ToInt32(m.Groups[2].Value, 16))));
}
