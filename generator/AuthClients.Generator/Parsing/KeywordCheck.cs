using System.Collections.Generic;
using AuthClients.Generator.Diagnostics;
using AuthClients.Generator.Model;
using Microsoft.OpenApi;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// Reports, once per schema and keyword, the JSON Schema keywords that would change a
/// value's shape but that the generated C# type does not follow (AC0014), and any keyword
/// the reader did not recognise: a spec's author hears what was left out, never silence.
/// Annotations (description, examples, default, deprecated...) and validation keywords
/// (minLength, pattern, maximum...) do not change the C# type and are not reported.
/// </summary>
internal sealed class KeywordCheck
{
    private readonly YamlLocator _locator;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly HashSet<(IOpenApiSchema, string)> _reported = new(new SchemaKeyComparer());

    public KeywordCheck(YamlLocator locator, List<DiagnosticInfo> diagnostics)
    {
        _locator = locator;
        _diagnostics = diagnostics;
    }

    public void Check(IOpenApiSchema schema, string pointer)
    {
        if (schema is not OpenApiSchema own)
        {
            return;
        }

        Report(own, pointer, "if", own.If is not null);
        Report(own, pointer, "then", own.Then is not null);
        Report(own, pointer, "else", own.Else is not null);
        Report(own, pointer, "patternProperties", own.PatternProperties is { Count: > 0 });
        Report(own, pointer, "dependentSchemas", own.DependentSchemas is { Count: > 0 });
        Report(own, pointer, "unevaluatedProperties", own.UnevaluatedPropertiesSchema is not null);
        Report(own, pointer, "propertyNames", own.PropertyNames is not null);
        Report(own, pointer, "contains", own.Contains is not null);
        Report(own, pointer, "$dynamicRef", own.DynamicRef is not null);
        Report(own, pointer, "contentSchema", own.ContentSchema is not null);
        foreach (var keyword in own.UnrecognizedKeywords?.Keys ?? (IEnumerable<string>)[])
        {
            Report(own, pointer, keyword, true);
        }
    }

    private void Report(OpenApiSchema schema, string pointer, string keyword, bool present)
    {
        if (present && _reported.Add((schema, keyword)))
        {
            _diagnostics.Add(_locator.Diagnostic(DiagnosticDescriptors.UnusedKeyword.Id, JsonPointer.Append(pointer, keyword), keyword));
        }
    }

    private sealed class SchemaKeyComparer : IEqualityComparer<(IOpenApiSchema Schema, string Keyword)>
    {
        public bool Equals((IOpenApiSchema Schema, string Keyword) x, (IOpenApiSchema Schema, string Keyword) y) =>
            ReferenceEquals(x.Schema, y.Schema) && x.Keyword == y.Keyword;

        public int GetHashCode((IOpenApiSchema Schema, string Keyword) obj) =>
            (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Schema) * 397) ^ obj.Keyword.GetHashCode();
    }
}
