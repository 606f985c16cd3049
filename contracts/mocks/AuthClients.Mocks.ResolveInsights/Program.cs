using AuthClients.Mocks.Hosting;
using AuthClients.Mocks.ResolveInsights;

// Standalone: dotnet run --project contracts/mocks/AuthClients.Mocks.ResolveInsights -- --urls http://127.0.0.1:5097
await MockApplication.BuildStandalone(ResolveInsightsMock.Definition(new ResolveMockOptions()), args).RunAsync().ConfigureAwait(false);
