using MudBlazor;
using SesConsole.Core.Dns;

namespace SesConsole.Web.Components.Pages.Identities.Dns;

/// <summary>How a record's check result looks: each state has its own words and icon, so colour is never the only signal.</summary>
public static class DnsCheckPresentation
{
    public static string Label(DnsCheckState state) => state switch
    {
        DnsCheckState.PublishedCorrectly => "Published correctly",
        DnsCheckState.Missing => "Missing",
        DnsCheckState.PublishedWithProblem => "Published with a problem",
        DnsCheckState.ResolverTimedOut => "DNS server timed out",
        DnsCheckState.ResolverFailed => "DNS server failed",
        _ => state.ToString(),
    };

    public static string Icon(DnsCheckState state) => state switch
    {
        DnsCheckState.PublishedCorrectly => Icons.Material.Filled.CheckCircle,
        DnsCheckState.Missing => Icons.Material.Filled.Cancel,
        DnsCheckState.PublishedWithProblem => Icons.Material.Filled.Warning,
        DnsCheckState.ResolverTimedOut => Icons.Material.Filled.HourglassDisabled,
        DnsCheckState.ResolverFailed => Icons.Material.Filled.CloudOff,
        _ => Icons.Material.Outlined.HelpOutline,
    };

    public static Color Color(DnsCheckState state) => state switch
    {
        DnsCheckState.PublishedCorrectly => MudBlazor.Color.Success,
        DnsCheckState.Missing => MudBlazor.Color.Error,
        DnsCheckState.PublishedWithProblem => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Secondary,
    };

    /// <summary>"3 of 6 records are published correctly." and, when some could not be checked, how many.</summary>
    public static string Headline(DnsCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var total = report.Records.Count;
        var correct = report.Records.Count(r => r.State == DnsCheckState.PublishedCorrectly);
        var unknown = report.Records.Count(r => r.State is DnsCheckState.ResolverTimedOut or DnsCheckState.ResolverFailed);
        var headline = correct == total
            ? total == 1 ? "The record is published correctly." : $"All {total} records are published correctly."
            : $"{correct} of {total} records {(correct == 1 ? "is" : "are")} published correctly.";
        return unknown == 0 ? headline : $"{headline} {unknown} could not be checked because the DNS server did not give an answer.";
    }

    /// <summary>Splits the checker's sentences at backticks: odd parts are DNS names or values, shown as code.</summary>
    public static IReadOnlyList<(string Text, bool IsCode)> Segments(string? sentence) =>
        (sentence ?? string.Empty).Split('`').Select((part, i) => (part, i % 2 == 1)).Where(s => s.part.Length > 0).ToList();
}
