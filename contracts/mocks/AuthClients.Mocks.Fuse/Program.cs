using AuthClients.Mocks.Fuse;
using AuthClients.Mocks.Hosting;

// Standalone: dotnet run --project contracts/mocks/AuthClients.Mocks.Fuse -- --urls http://127.0.0.1:5099
// Optional: --FuseMock:RotateTokensEverySeconds 30  --FuseMock:RotateTokensAfterUses 5
var options = FuseMockOptions.FromCommandLine(args);
await MockApplication.BuildStandalone(FuseMock.Definition(options), args).RunAsync().ConfigureAwait(false);
