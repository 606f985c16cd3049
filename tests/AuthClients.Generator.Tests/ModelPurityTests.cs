using System.Collections;
using System.Reflection;
using AuthClients.Generator.Model;
using AuthClients.Generator.Parsing;
using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace AuthClients.Generator.Tests;

/// <summary>
/// The pipeline model holds only values that compare by content: walking its object graph
/// finds no Roslyn symbol, syntax node, source text or OpenAPI document.
/// </summary>
public sealed class ModelPurityTests
{
    [Theory]
    [MemberData(nameof(GeneratedOutputTests.Specs), MemberType = typeof(GeneratedOutputTests))]
    public void The_parse_result_holds_only_equatable_values(string spec)
    {
        var path = RepoPaths.Spec(spec);
        var result = SpecParser.Parse(path, SourceText.From(File.ReadAllText(path)), CancellationToken.None);

        Walk(result, new HashSet<object>(ReferenceEqualityComparer.Instance));
        SpecParser.Parse(path, SourceText.From(File.ReadAllText(path)), CancellationToken.None).ShouldBe(result);
    }

    [Theory]
    [InlineData("openapi31.yaml")]
    [InlineData("openapi32.yaml")]
    public void The_parse_result_of_a_3_1_or_3_2_document_holds_only_equatable_values(string fixture)
    {
        var path = Path.Combine(RepoPaths.FixturesDir, fixture);
        var result = SpecParser.Parse(path, SourceText.From(File.ReadAllText(path)), CancellationToken.None);

        result.Model.ShouldNotBeNull();
        Walk(result, new HashSet<object>(ReferenceEqualityComparer.Instance));
        SpecParser.Parse(path, SourceText.From(File.ReadAllText(path)), CancellationToken.None).ShouldBe(result);
    }

    [Fact]
    public void The_parse_result_of_a_described_auth_holds_only_equatable_values()
    {
        var result = AuthDescriptionTests.Parse(AuthDescriptionTests.Spec);

        result.Model!.Auth.ShouldNotBeNull();
        Walk(result, new HashSet<object>(ReferenceEqualityComparer.Instance));
    }

    private static void Walk(object? value, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        var type = value.GetType();
        var ns = type.Namespace ?? string.Empty;
        var allowed = ns.StartsWith("AuthClients.Generator", StringComparison.Ordinal)
            || type == typeof(TextSpan) || type == typeof(LinePositionSpan) || type == typeof(LinePosition)
            || type.IsArray;
        allowed.ShouldBeTrue($"{type.FullName} found in the pipeline model");

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Walk(item, seen);
            }
        }

        if (type.IsArray)
        {
            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), seen);
        }
    }
}
