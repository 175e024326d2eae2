namespace SesConsole.Core.Ses.Pacing;

/// <summary>
/// Marks the SES calls of the code that runs inside <see cref="Background"/> (and everything it awaits) as background
/// work, such as the identity index's sync: the pacer lets an operator's waiting request go before each of them and
/// spends at most its background share of the rate on them. Calls outside such a scope are an operator's.
/// </summary>
internal static class SesCallLane
{
    private static readonly AsyncLocal<bool> InBackground = new();

    public static bool IsBackground => InBackground.Value;

    /// <summary>Until disposed, SES calls made from this async flow take the background lane.</summary>
    public static IDisposable Background()
    {
        var previous = InBackground.Value;
        InBackground.Value = true;
        return new Scope(previous);
    }

    private sealed class Scope(bool previous) : IDisposable
    {
        public void Dispose() => InBackground.Value = previous;
    }
}
