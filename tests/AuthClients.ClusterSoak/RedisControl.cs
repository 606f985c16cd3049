using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace AuthClients.ClusterSoak;

/// <summary>
/// Stops the soak's redis-server (SHUTDOWN NOSAVE: everything in it is lost) and starts a new
/// one on the same port, as an outage and a restart of Redis look to the workers.
/// </summary>
internal sealed class RedisControl(int port) : IDisposable
{
    private Process? _restarted;

    public async Task StopAsync()
    {
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},allowAdmin=true");
        try
        {
            await admin.GetDatabase().ExecuteAsync("SHUTDOWN", "NOSAVE");
        }
        catch (RedisConnectionException)
        {
            // The server closes the connection as it goes.
        }
    }

    public async Task StartAsync()
    {
        // The same settings as build/lib/redis.sh: loopback, nothing persisted.
        _restarted = Process.Start(new ProcessStartInfo("redis-server", ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        _restarted.OutputDataReceived += (_, _) => { };
        _restarted.BeginOutputReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},abortConnect=true,connectTimeout=200");
                return;
            }
            catch (RedisConnectionException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not start again on port {port}");
    }

    public void Dispose()
    {
        if (_restarted is { HasExited: false })
        {
            _restarted.Kill();
            _restarted.WaitForExit();
        }

        _restarted?.Dispose();
    }
}
