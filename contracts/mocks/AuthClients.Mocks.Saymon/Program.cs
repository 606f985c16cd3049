using AuthClients.Mocks.Hosting;
using AuthClients.Mocks.Saymon;

// Standalone: dotnet run --project contracts/mocks/AuthClients.Mocks.Saymon -- --urls http://127.0.0.1:5098
await MockApplication.BuildStandalone(SaymonMock.Definition(new SaymonMockOptions()), args).RunAsync().ConfigureAwait(false);
