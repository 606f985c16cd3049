using AuthClients.Mocks.Datarhei;
using AuthClients.Mocks.Hosting;

// Standalone: dotnet run --project contracts/mocks/AuthClients.Mocks.Datarhei -- --urls http://127.0.0.1:5096
// Failed logins are answered after 5 s, as datarhei Core does.
await MockApplication.BuildStandalone(DatarheiMock.Definition(new DatarheiMockOptions()), args).RunAsync().ConfigureAwait(false);
