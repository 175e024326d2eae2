using SesConsole.Core.Identities;

namespace SesConsole.Core.Dns;

/// <summary>Builds the <see cref="DnsRecordCheck"/>s every diagnosis shares.</summary>
internal static class RecordChecks
{
    public static DnsRecordCheck Correct(DnsRecord expected, string summary, IReadOnlyList<string> found) =>
        new(expected, DnsCheckState.PublishedCorrectly, summary, null, found);

    public static DnsRecordCheck Problem(DnsRecord expected, string summary, string fix, IReadOnlyList<string> found) =>
        new(expected, DnsCheckState.PublishedWithProblem, summary, fix, found);

    public static DnsRecordCheck Missing(DnsRecord expected, DnsAnswer answer, string domain)
    {
        var found = DnsValues.FormatAll(answer, expected.Name);
        var kind = expected.Role == DnsRecordRole.MailFromSpf ? "SPF" : expected.Type.ToString();
        var summary = answer.Status == DnsAnswerStatus.NameNotFound
            ? $"No record exists at `{expected.Name}`: the name does not exist in DNS."
            : found.Count == 0
                ? $"`{expected.Name}` has no {kind} record."
                : $"`{expected.Name}` has no {kind} record, only {string.Join(", ", found.Select(f => $"`{f}`"))}.";
        return new(expected, DnsCheckState.Missing, summary,
            $"Create a {expected.Type} record named `{DnsNames.Relative(expected.Name, domain)}` with the value `{expected.Value}`.",
            found);
    }

    public static DnsRecordCheck TimedOut(DnsRecord expected, TimeSpan timeout) =>
        new(expected, DnsCheckState.ResolverTimedOut,
            $"The DNS server did not answer in {timeout.TotalSeconds:0.#} s; this says nothing about the record.",
            "Check again in a minute; if it keeps timing out, try another DNS server.",
            []);

    public static DnsRecordCheck Failed(DnsRecord expected, string? error) =>
        new(expected, DnsCheckState.ResolverFailed,
            $"The DNS server answered {error ?? "with an error"} instead of looking the name up; this says nothing about the record.",
            "Check again later; if it persists, the domain's name servers may be misconfigured.",
            []);
}
