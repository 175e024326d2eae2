using System.Diagnostics;

namespace SesConsole.Tests.Integration.ScaleOut.Support;

/// <summary>Waits for what another instance does on its own clock, by asking again every 25 ms.</summary>
internal static class Eventually
{
    public static async Task WaitForAsync(Func<Task<bool>> condition, string what, TimeSpan patience)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < patience, $"waited {patience} for {what}");
            await Task.Delay(25);
        }
    }
}
