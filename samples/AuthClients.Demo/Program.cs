using AuthClients.Demo;

// Every vendor flow against its provider mock, started in this process on 127.0.0.1.
// The clients' own log lines show each resource call and each login or refresh, with secrets masked.
Console.WriteLine("AuthClients demo: each vendor's documented auth flow against its embedded provider mock.");
using var logging = DemoConsole.Logging();
using var telemetry = new DemoTelemetry();
await FuseDemo.RunAsync(logging);
await FuseV4Demo.RunAsync(logging);
await SaymonDemo.RunAsync(logging);
await ResolveInsightsDemo.RunAsync(logging);
await DatarheiDemo.RunAsync(logging);
await SessionsDemo.RunAsync(logging);
telemetry.Print();
Console.WriteLine();
Console.WriteLine("Done: every flow ran as documented.");
