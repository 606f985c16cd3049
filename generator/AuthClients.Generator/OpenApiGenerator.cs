using System.Linq;
using AuthClients.Generator.Emitting;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AuthClients.Generator;

/// <summary>
/// Reads OpenAPI documents (Swagger 2.0, OpenAPI 3.0, 3.1, 3.2) given as AdditionalFiles and emits, per spec, a Refit interface
/// with its implementation, DTO records and a JsonSerializerContext.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Every AdditionalFile, classified once: a marked or .yaml spec without reading it, any
        // other by its root key (so "swagger.json" is a spec whatever its extension).
        var classified = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => (
                File: pair.Left,
                Kind: SpecFiles.Classify(pair.Left, pair.Right, cancellationToken),
                Names: SpecFiles.Names(pair.Left, pair.Right)));

        var specFiles = classified
            .Where(static item => item.Kind is SpecFileKind.Spec or SpecFileKind.Recognised)
            .Select(static (item, _) => (item.File, item.Names))
            .WithTrackingName(TrackingNames.SpecFiles);

        var parsed = specFiles
            .Select(static (spec, cancellationToken) => SpecParser.Parse(spec.File.Path, spec.File.GetText(cancellationToken), spec.Names, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        var models = parsed
            .Select(static (result, _) => result.Model)
            .WithTrackingName(TrackingNames.Models);

        // Whether the project references AuthClients.Core, as one bool: the compilation changes
        // on every keystroke, the bool almost never, so nothing after this step re-runs.
        var hasCore = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(EmitConstants.CoreDefinitionMetadataName) is not null)
            .WithTrackingName(TrackingNames.CoreReference);

        var authWithoutCore = parsed
            .Select(static (result, _) => result.WithoutCore)
            .Combine(hasCore)
            .Select(static (pair, _) => pair.Right ? null : pair.Left)
            .WithTrackingName(TrackingNames.AuthWithoutCore);

        context.RegisterSourceOutput(authWithoutCore, static (spc, diagnostic) =>
        {
            if (diagnostic is not null)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // The vendor's auth is emitted only where Core is there to run it.
        var described = models
            .Combine(hasCore)
            .Select(static (pair, _) => pair.Right && pair.Left?.Auth is not null ? pair.Left : null)
            .WithTrackingName(TrackingNames.DescribedAuth);

        context.RegisterSourceOutput(described, static (spc, model) =>
        {
            if (model?.Auth is not { } auth)
            {
                return;
            }

            var token = spc.CancellationToken;
            spc.AddSource(model.HintName + ".TokenEndpoint.g.cs", SourceText.From(TokenEndpointEmitter.Emit(model, auth, token), System.Text.Encoding.UTF8));
            spc.AddSource(model.HintName + ".ErrorReader.g.cs", SourceText.From(ErrorReaderEmitter.Emit(model, auth, token), System.Text.Encoding.UTF8));
            spc.AddSource(model.HintName + ".Definition.g.cs", SourceText.From(AuthDefinitionEmitter.Emit(model, auth, token), System.Text.Encoding.UTF8));
            spc.AddSource(model.HintName + ".Registrations.g.cs", SourceText.From(AuthRegistrationsEmitter.Emit(model, auth, token), System.Text.Encoding.UTF8));
        });

        // An options class may derive from another spec's (two APIs of one vendor, one package):
        // each spec's options see what every described spec's options declare, a small value
        // that changes only when an options class does.
        var optionShapes = described
            .Select(static (model, _) => model?.Auth is { } auth ? AuthOptionsEmitter.Shape(model, auth) : null)
            .Collect()
            .Select(static (shapes, _) => shapes.Where(static s => s is not null).Select(static s => s!).ToEquatableArray())
            .WithTrackingName(TrackingNames.OptionShapes);

        var describedOptions = described
            .Combine(optionShapes)
            .Select(static (pair, _) => AuthOptionsEmitter.Describe(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.DescribedOptions);

        context.RegisterSourceOutput(describedOptions, static (spc, options) =>
        {
            if (options is null)
            {
                return;
            }

            if (options.Missing is { } missing)
            {
                spc.ReportDiagnostic(missing.ToDiagnostic());
            }

            spc.AddSource(options.Spec.HintName + ".Options.g.cs", SourceText.From(AuthOptionsEmitter.Emit(options, spc.CancellationToken), System.Text.Encoding.UTF8));
        });

        var unmarkedJson = classified
            .Where(static item => item.Kind is SpecFileKind.Recognised or SpecFileKind.LooksLikeSpec)
            .Select(static (item, cancellationToken) => SpecFiles.Notice(item.File.Path, item.File.GetText(cancellationToken), item.Kind))
            .WithTrackingName(TrackingNames.UnmarkedJson);

        context.RegisterSourceOutput(unmarkedJson, static (spc, notice) =>
        {
            if (notice is not null)
            {
                spc.ReportDiagnostic(notice.ToDiagnostic());
            }
        });

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
            // A described auth's login and refresh calls go on an internal interface of their own.
            var api = model.Auth is { } auth ? AuthApiEmitter.PublicPart(model, auth) : model;
            spc.AddSource(model.HintName + ".Api.g.cs", SourceText.From(RefitInterfaceEmitter.Emit(api, token), System.Text.Encoding.UTF8));
            spc.AddSource(model.HintName + ".Implementation.g.cs", SourceText.From(RefitImplementationEmitter.Emit(api, token), System.Text.Encoding.UTF8));
            if (model.Auth is { } described)
            {
                spc.AddSource(model.HintName + ".AuthApi.g.cs", SourceText.From(AuthApiEmitter.EmitInterface(model, described, token), System.Text.Encoding.UTF8));
                spc.AddSource(model.HintName + ".AuthImplementation.g.cs", SourceText.From(AuthApiEmitter.EmitImplementation(model, described, token), System.Text.Encoding.UTF8));
            }

            spc.AddSource(model.HintName + ".JsonContext.g.cs", SourceText.From(JsonContextEmitter.Emit(model, token), System.Text.Encoding.UTF8));
        });
    }
}
