using System.Globalization;

namespace SesConsole.Web.Components.Shared;

/// <summary>How long ago something happened, in the words an operator reads at a glance.</summary>
public static class ElapsedTime
{
    public static string Since(DateTimeOffset then, DateTimeOffset now)
    {
        var elapsed = now - then;
        return elapsed switch
        {
            { TotalMinutes: < 1 } => "just now",
            { TotalHours: < 1 } => Ago((int)elapsed.TotalMinutes, "minute"),
            { TotalDays: < 1 } => Ago((int)elapsed.TotalHours, "hour"),
            _ => Ago((int)elapsed.TotalDays, "day"),
        };
    }

    private static string Ago(int count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? string.Empty : "s")} ago");
}
