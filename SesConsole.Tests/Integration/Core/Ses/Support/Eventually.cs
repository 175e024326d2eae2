namespace SesConsole.Tests.Integration.Core.Ses.Support;

/// <summary>Waits for a condition that another thread makes true, failing after a generous real-time limit.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Yield();
            await Task.Delay(5);
        }
    }
}
