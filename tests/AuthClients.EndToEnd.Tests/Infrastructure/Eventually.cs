namespace AuthClients.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Waits, in real time, for what a session does in the background: a token past its renewal
/// point but still valid is renewed while the call that noticed goes on with it.
/// </summary>
internal static class Eventually
{
    public static async Task True(Func<bool> condition, string? because = null)
    {
        var giveUp = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!condition())
        {
            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException("Not reached within 15 s" + (because is null ? string.Empty : ": " + because));
            }

            await Task.Delay(10);
        }
    }
}
