using AuthClients.Mocks.Datarhei;
using AuthClients.Mocks.Hosting;

// Standalone: dotnet run --project contracts/mocks/AuthClients.Mocks.Datarhei -- --urls http://127.0.0.1:5096
// Failed logins are answered after 5 s, as datarhei Core does; --DatarheiMock:FailedLoginDelaySeconds 1 shortens that.
var options = DatarheiMockOptions.FromCommandLine(args);
await MockApplication.BuildStandalone(DatarheiMock.Definition(options), args).RunAsync().ConfigureAwait(false);
