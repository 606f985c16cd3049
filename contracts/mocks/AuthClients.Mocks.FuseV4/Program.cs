using AuthClients.Mocks.FuseV4;
using AuthClients.Mocks.Hosting;

// Standalone: dotnet run --project contracts/mocks/AuthClients.Mocks.FuseV4 -- --urls http://127.0.0.1:5097
await MockApplication.BuildStandalone(FuseV4Mock.Definition(new FuseV4MockOptions()), args).RunAsync().ConfigureAwait(false);
