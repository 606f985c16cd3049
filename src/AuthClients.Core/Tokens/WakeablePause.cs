namespace AuthClients.Core;

/// <summary>
/// The pause of a background renewal between two attempts, cut short by whatever makes the next
/// attempt (or the decision not to make one) due at once: the token rejected, new credentials,
/// the session ending. Its owner wakes it, and lets it start, under the owner's lock.
/// </summary>
internal sealed class WakeablePause(TimeProvider time)
{
    private CancellationTokenSource? _current;

    /// <summary>Ends the pause in progress, if any. Called under the owner's lock.</summary>
    public void Wake() => _current?.Cancel();

    /// <summary>
    /// Waits <paramref name="pause"/>, or less if woken; not at all if <paramref name="due"/>
    /// (asked under <paramref name="gate"/>) says what would wake it has happened already.
    /// </summary>
    public async Task WaitAsync(TimeSpan pause, Lock gate, Func<bool> due)
    {
        using var wait = new CancellationTokenSource();
        lock (gate)
        {
            if (due())
            {
                return;
            }

            _current = wait;
        }

        try
        {
            await Task.Delay(pause, time, wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Woken: the next attempt (or the decision not to make one) is due now.
        }
        finally
        {
            lock (gate)
            {
                if (ReferenceEquals(_current, wait))
                {
                    _current = null;
                }
            }
        }
    }
}
