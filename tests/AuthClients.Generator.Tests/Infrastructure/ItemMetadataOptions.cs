using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AuthClients.Generator.Tests.Infrastructure;

/// <summary>
/// AnalyzerConfig options carrying one AdditionalFiles item's metadata, as MSBuild passes it
/// (<c>build_metadata.AdditionalFiles.&lt;Name&gt;</c>); every other file has none.
/// </summary>
internal sealed class ItemMetadataOptions(string path, params (string Name, string Value)[] metadata) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == path
        ? new Values(metadata.ToImmutableDictionary(m => "build_metadata.AdditionalFiles." + m.Name, m => m.Value))
        : GlobalOptions;

    private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
