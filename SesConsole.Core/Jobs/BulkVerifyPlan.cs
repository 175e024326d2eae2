using SesConsole.Core.Identities;

namespace SesConsole.Core.Jobs;

public enum BulkLineVerdict
{
    /// <summary>Valid, new: will be sent.</summary>
    Ready,

    /// <summary>Not a valid address or domain; the reason says why.</summary>
    Invalid,

    /// <summary>The same name (after normalising) is on an earlier line.</summary>
    Duplicate,

    /// <summary>The region already holds this identity (per the identity index).</summary>
    AlreadyExists,
}

/// <param name="Normalized">The name as it will be sent to SES; null when invalid.</param>
public sealed record CheckedBulkLine(
    int LineNumber, string Input, string? Normalized, IdentityKind? Kind, BulkLineVerdict Verdict, string? Reason);

/// <summary>A checked list: every line with its verdict, the ready ones to be verified in order.</summary>
public sealed record BulkVerifyPlan(string Region, IReadOnlyList<CheckedBulkLine> Lines)
{
    public IReadOnlyList<CheckedBulkLine> Ready => Lines.Where(l => l.Verdict == BulkLineVerdict.Ready).ToArray();

    public int Count(BulkLineVerdict verdict) => Lines.Count(l => l.Verdict == verdict);
}
