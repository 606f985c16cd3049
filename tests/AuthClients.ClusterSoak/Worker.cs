using AuthClients.Fuse;
using AuthClients.Mocks.Fuse;
using AuthClients.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AuthClients.ClusterSoak;

/// <summary>
/// One replica: the Fuse session "acme" shared through Redis, <see cref="WorkerSettings.Callers"/>
/// callers each calling every <see cref="WorkerSettings.Pace"/> from "go" until "stop" (at most
/// <see cref="WorkerSettings.MaxCalls"/> calls each, so a lost conductor cannot keep it running).
/// It reports on stdout: ready, every change of sharing, each failed call's start and end, and its totals.
/// </summary>
internal static class Worker
{
    public static async Task<int> RunAsync(WorkerSettings settings)
    {
        var collection = new ServiceCollection();
        // Warnings (Redis unavailable) to stderr: stdout is the conductor's protocol.
        collection.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter(Environment.GetEnvironmentVariable("SOAK_DEBUG_CATEGORY") ?? "none", LogLevel.Debug)
            .AddSimpleConsole(o => (o.TimestampFormat, o.SingleLine) = ("HH:mm:ss.fff ", true))
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        collection.AddAuthClientsRedis(o => (o.Configuration, o.RetryAfterFailure, o.OperationTimeout) = (settings.Redis, TimeSpan.FromSeconds(1), settings.RedisTimeout));
        collection.AddFuseClient("acme", o => (o.BaseAddress, o.LoginName, o.Password) = (settings.Mock, FuseMockUser.DemoLoginName, FuseMockUser.DemoPassword))
            .UseDistributedTokenCache()
            // 250 callers need not hold 250 sockets to the one mock.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = 32 })
            .AddHttpMessageHandler(() => new AttemptRecorder("Auth-Token"));
        await using var services = collection.BuildServiceProvider();
        var api = services.GetRequiredKeyedService<IFuseV5Api>("acme");
        var store = services.GetRequiredService<RedisTokenStore>();
        await store.ReadyAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Console.WriteLine("ready");

        if (await Console.In.ReadLineAsync() != "go")
        {
            return 1;
        }

        using var stop = new CancellationTokenSource();
        long calls = 0, failed = 0;
        var callers = Enumerable.Range(0, settings.Callers).Select(async caller =>
        {
            // Spread over one pace, as callers of a running service are, not all at one instant.
            await Task.Delay(settings.Pace * caller / settings.Callers);
            for (var n = 0; n < settings.MaxCalls && !stop.IsCancellationRequested; n++)
            {
                var started = DateTimeOffset.UtcNow;
                var attempts = AttemptRecorder.StartCall();
                try
                {
                    await api.GetCurrentUserAsync();
                }
                catch (Exception ex)
                {
                    // Its attempts tell the conductor whether each token refused had been ended.
                    Console.WriteLine($"failed-call {started.UtcTicks} {DateTimeOffset.UtcNow.UtcTicks} {string.Join(' ', attempts)}".TrimEnd());
                    if (Interlocked.Increment(ref failed) <= 3)
                    {
                        Console.Error.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} call failed: {ex.GetType().Name}: {ex.Message}");
                    }
                }

                Interlocked.Increment(ref calls);
                await Task.Delay(settings.Pace);
            }
        }).ToList();
        var sharing = ReportSharingAsync(store, stop.Token);

        _ = Task.Run(async () =>
        {
            while (await Console.In.ReadLineAsync() is { } line && line != "stop")
            {
            }

            await stop.CancelAsync();
        });
        await Task.WhenAll(callers);
        await stop.CancelAsync();
        await sharing;
        Console.WriteLine($"done calls={Interlocked.Read(ref calls)} failed={Interlocked.Read(ref failed)}");
        return 0;
    }

    private static async Task ReportSharingAsync(RedisTokenStore store, CancellationToken stop)
    {
        var up = store.Availability.IsUp;
        while (!stop.IsCancellationRequested)
        {
            if (store.Availability.IsUp != up)
            {
                up = !up;
                Console.WriteLine(up ? "sharing up" : "sharing down");
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }
}
