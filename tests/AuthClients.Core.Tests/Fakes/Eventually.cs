namespace AuthClients.Core.Tests.Fakes;

/// <summary>Waits, in real time, for what a background renewal does on its own thread.</summary>
internal static class Eventually
{
    /// <summary>The value <paramref name="session"/> serves now; only for a session known to hold a valid token.</summary>
    public static string Served(TokenSession session) => session.GetTokenAsync().AsTask().GetAwaiter().GetResult().Value;

    public static async Task True(Func<bool> condition, string? because = null)
    {
        var giveUp = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException("Not reached within 10 s" + (because is null ? string.Empty : ": " + because));
            }

            await Task.Delay(5);
        }
    }
}
