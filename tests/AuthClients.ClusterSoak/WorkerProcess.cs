using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AuthClients.ClusterSoak;

/// <summary>A worker process as the conductor sees it: its reports read from stdout, commands written to stdin.</summary>
internal sealed partial class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<(long Calls, long Failed)> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _sharing = true;

    private WorkerProcess(Process process, int index)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => OnReport(e.Data);
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine($"[worker {index}] {line}");
            }
        };
        _process.Exited += (_, _) => _done.TrySetException(new InvalidOperationException($"worker {index} exited ({_process.ExitCode}) before reporting its totals"));
        _process.EnableRaisingEvents = true;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Task Ready => _ready.Task;

    public bool Sharing => _sharing;

    public Task<(long Calls, long Failed)> Done => _done.Task;

    /// <summary>Each failed call: when it started and ended, and its attempts (token fingerprint, answer time, status).</summary>
    public ConcurrentQueue<(DateTimeOffset Started, DateTimeOffset Ended, IReadOnlyList<(string Token, DateTimeOffset AnsweredAt, int Status)> Attempts)> FailedCalls { get; } = new();

    /// <summary>Starts this program again as a worker with <paramref name="arguments"/>.</summary>
    public static WorkerProcess Start(int index, IEnumerable<string> arguments)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(WorkerProcess).Assembly.Location);
        }

        start.ArgumentList.Add("worker");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new WorkerProcess(Process.Start(start)!, index);
    }

    public Task SendAsync(string command) => _process.StandardInput.WriteLineAsync(command);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void OnReport(string? line)
    {
        switch (line)
        {
            case "ready":
                _ready.TrySetResult();
                break;
            case "sharing up":
                _sharing = true;
                break;
            case "sharing down":
                _sharing = false;
                break;
            case not null when FailedCallLine().Match(line) is { Success: true } call:
                FailedCalls.Enqueue((Ticks(call.Groups[1].Value), Ticks(call.Groups[2].Value), [.. call.Groups[3].Captures.Select(Attempt)]));
                break;
            case not null when DoneLine().Match(line) is { Success: true } done:
                _done.TrySetResult((long.Parse(done.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(done.Groups[2].Value, CultureInfo.InvariantCulture)));
                break;
        }
    }

    private static DateTimeOffset Ticks(string text) => new(long.Parse(text, CultureInfo.InvariantCulture), TimeSpan.Zero);

    private static (string Token, DateTimeOffset AnsweredAt, int Status) Attempt(Capture capture)
    {
        var parts = capture.Value.Split('@');
        return (parts[0], Ticks(parts[1]), int.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("^done calls=([0-9]+) failed=([0-9]+)$")]
    private static partial Regex DoneLine();

    [GeneratedRegex("^failed-call ([0-9]+) ([0-9]+)(?: ([0-9A-Za-z]+@[0-9]+@[0-9]+))*$")]
    private static partial Regex FailedCallLine();
}
