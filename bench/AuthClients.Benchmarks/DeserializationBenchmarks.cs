using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AuthClients.Benchmarks.Infrastructure;
using AuthClients.Datarhei;
using AuthClients.Fuse;
using AuthClients.ResolveInsights;
using AuthClients.Saymon;
using BenchmarkDotNet.Attributes;

namespace AuthClients.Benchmarks;

/// <summary>
/// Each vendor's documented login response read through the metadata our generator emits
/// against System.Text.Json's reflection path (the baseline of each category). The setup
/// checks that the Refit settings the clients use resolve through the generated context, so
/// the source-generated path is the one taken at run time.
/// </summary>
public class DeserializationBenchmarks
{
    private static readonly JsonSerializerOptions Reflection = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
    private static readonly string DatarheiPair = DocumentedBodies.DatarheiTokenPair("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleGkiOjYwMH0.c2ln");

    [GlobalSetup]
    public void Setup()
    {
        RequireGenerated(FuseV5JsonContext.CreateRefitSettings(), FuseV5JsonContext.Default, typeof(FuseSession));
        RequireGenerated(SaymonJsonContext.CreateRefitSettings(), SaymonJsonContext.Default, typeof(SaymonUser));
        RequireGenerated(ResolveInsightsJsonContext.CreateRefitSettings(), ResolveInsightsJsonContext.Default, typeof(ResolveTokenResponse));
        RequireGenerated(DatarheiJsonContext.CreateRefitSettings(), DatarheiJsonContext.Default, typeof(DatarheiTokenPair));
    }

    [BenchmarkCategory("Fuse session"), Benchmark(Baseline = true)]
    public FuseSession? Reflection_FuseSession() => JsonSerializer.Deserialize<FuseSession>(DocumentedBodies.FuseSession, Reflection);

    [BenchmarkCategory("Fuse session"), Benchmark]
    public FuseSession? Generated_FuseSession() => JsonSerializer.Deserialize(DocumentedBodies.FuseSession, FuseV5JsonContext.Default.FuseSession);

    [BenchmarkCategory("SAYMON user"), Benchmark(Baseline = true)]
    public SaymonUser? Reflection_SaymonUser() => JsonSerializer.Deserialize<SaymonUser>(DocumentedBodies.SaymonUser, Reflection);

    [BenchmarkCategory("SAYMON user"), Benchmark]
    public SaymonUser? Generated_SaymonUser() => JsonSerializer.Deserialize(DocumentedBodies.SaymonUser, SaymonJsonContext.Default.SaymonUser);

    [BenchmarkCategory("Resolve token"), Benchmark(Baseline = true)]
    public ResolveTokenResponse? Reflection_ResolveToken() => JsonSerializer.Deserialize<ResolveTokenResponse>(DocumentedBodies.ResolveToken, Reflection);

    [BenchmarkCategory("Resolve token"), Benchmark]
    public ResolveTokenResponse? Generated_ResolveToken() => JsonSerializer.Deserialize(DocumentedBodies.ResolveToken, ResolveInsightsJsonContext.Default.ResolveTokenResponse);

    [BenchmarkCategory("datarhei token pair"), Benchmark(Baseline = true)]
    public DatarheiTokenPair? Reflection_DatarheiPair() => JsonSerializer.Deserialize<DatarheiTokenPair>(DatarheiPair, Reflection);

    [BenchmarkCategory("datarhei token pair"), Benchmark]
    public DatarheiTokenPair? Generated_DatarheiPair() => JsonSerializer.Deserialize(DatarheiPair, DatarheiJsonContext.Default.DatarheiTokenPair);

    private static void RequireGenerated(Refit.RefitSettings settings, JsonSerializerContext context, Type type)
    {
        if (settings.ContentSerializer is not Refit.SystemTextJsonContentSerializer)
        {
            throw new InvalidOperationException("The generated Refit settings do not use System.Text.Json.");
        }

        // The options the settings are built from resolve only through the generated context.
        var options = context.Options;
        if (options.TypeInfoResolverChain.Any(r => r is DefaultJsonTypeInfoResolver) || options.TypeInfoResolver?.GetTypeInfo(type, options) is null)
        {
            throw new InvalidOperationException($"{type.Name} would be read by reflection, not by the generated context.");
        }
    }
}
