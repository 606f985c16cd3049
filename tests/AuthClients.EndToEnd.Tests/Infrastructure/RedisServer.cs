using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace AuthClients.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A real <c>redis-server</c> on loopback with persistence off. <see cref="Shared"/> is the one
/// <c>build/test.sh</c> started (<c>AUTHCLIENTS_REDIS</c>), or one started here when the tests
/// run on their own; <see cref="StartOwnAsync"/> gives a test a server of its own to stop,
/// slow down or flush without disturbing the others.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly Lazy<Task<RedisServer>> SharedServer = new(() =>
        Environment.GetEnvironmentVariable("AUTHCLIENTS_REDIS") is { Length: > 0 } address
            ? Task.FromResult(new RedisServer(address, port: 0))
            : StartOwnAsync());

    private readonly int _port;
    private Process? _process;

    private RedisServer(string configuration, int port)
    {
        Configuration = configuration;
        _port = port;
    }

    /// <summary>The StackExchange.Redis configuration string (host:port).</summary>
    public string Configuration { get; }

    public static Task<RedisServer> Shared() => SharedServer.Value;

    /// <summary>A new server on a free loopback port.</summary>
    public static async Task<RedisServer> StartOwnAsync()
    {
        var port = FreePort();
        var server = new RedisServer($"127.0.0.1:{port}", port);
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts the server (again, on the same port, empty: nothing is persisted).</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("redis-server", ["--port", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes", "--enable-debug-command", "local"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        try
        {
            _process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("redis-server is not installed: run build/test.sh (it installs Debian's redis-server), or apt-get install redis-server.", ex);
        }

        var started = _process;
        // A test host that ends without disposing (a crash, a cancelled run) takes its servers with it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (!started.HasExited)
            {
                started.Kill();
            }
        };
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await PingsAsync())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"redis-server did not answer on port {_port} within 5 s.");
    }

    /// <summary>Stops the server at once; its data is gone (persistence is off).</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process = null;
    }

    /// <summary>Runs one command on the server through a connection of its own.</summary>
    public async Task<RedisResult> ExecuteAsync(string command, params object[] args)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(Configuration + ",allowAdmin=true,syncTimeout=15000,asyncTimeout=15000");
        return await connection.GetDatabase().ExecuteAsync(command, args);
    }

    /// <summary>Every key under <paramref name="prefix"/> with every value stored in it (strings and hash fields), as text.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DumpAsync(string prefix)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(Configuration);
        var database = connection.GetDatabase();
        var server = connection.GetServers()[0];
        var dump = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var key in server.KeysAsync(pattern: prefix + "*"))
        {
            dump[key!] = (await database.KeyTypeAsync(key)) switch
            {
                RedisType.String => (string?)await database.StringGetAsync(key) ?? string.Empty,
                RedisType.Hash => string.Join('\n', (await database.HashGetAllAsync(key)).Select(f => $"{f.Name}={System.Text.Encoding.UTF8.GetString((byte[])f.Value!)}")),
                RedisType.List => string.Join('\n', (await database.ListRangeAsync(key)).Select(v => (string?)v)),
                var other => other.ToString(),
            };
        }

        return dump;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<bool> PingsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, _port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
