using System;
using System.IO;
using AuthClients.Generator.Emitting;
using AuthClients.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AuthClients.Generator;

/// <summary>
/// Reads OpenAPI 3 specs given as AdditionalFiles and emits, per spec, a Refit interface
/// with its implementation, DTO records and a JsonSerializerContext.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsSpec(pair.Left, pair.Right))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.SpecFiles);

        var parsed = specFiles
            .Select(static (file, cancellationToken) => SpecParser.Parse(file.Path, file.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        var models = parsed
            .Select(static (result, _) => result.Model)
            .WithTrackingName(TrackingNames.Models);

        context.RegisterSourceOutput(diagnostics, static (spc, items) =>
        {
            foreach (var item in items)
            {
                spc.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(models, static (spc, model) =>
        {
            if (model is null)
            {
                return;
            }

            var token = spc.CancellationToken;
            spc.AddSource(model.HintName + ".Dtos.g.cs", SourceText.From(DtoEmitter.Emit(model, token), System.Text.Encoding.UTF8));
            spc.AddSource(model.HintName + ".Api.g.cs", SourceText.From(RefitInterfaceEmitter.Emit(model, token), System.Text.Encoding.UTF8));
            spc.AddSource(model.HintName + ".Implementation.g.cs", SourceText.From(RefitImplementationEmitter.Emit(model, token), System.Text.Encoding.UTF8));
            spc.AddSource(model.HintName + ".JsonContext.g.cs", SourceText.From(JsonContextEmitter.Emit(model, token), System.Text.Encoding.UTF8));
        });
    }

    /// <summary>
    /// A spec is an AdditionalFile marked <c>AuthClientsSpec="true"</c>, or any .yaml/.yml one
    /// not marked "false"; JSON files must opt in, so a stray config file is never parsed.
    /// </summary>
    private static bool IsSpec(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        options.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles.AuthClientsSpec", out var marked);
        if (string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(marked, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var extension = Path.GetExtension(file.Path);
        return string.Equals(extension, ".yaml", StringComparison.OrdinalIgnoreCase)
            || string.Equals(extension, ".yml", StringComparison.OrdinalIgnoreCase);
    }
}
