using SesConsole.Core.Identities;
using SesConsole.Core.Identities.Names;
using SesConsole.Core.Index;

namespace SesConsole.Core.Jobs;

/// <summary>Checks a list before anything is sent: each line with <see cref="IdentityNames.TryNormalize"/> (the rules
/// every single verification applies), then duplicates, then what the region already holds per the identity index
/// (no SES call).</summary>
public static class BulkVerifyPlanner
{
    public static async Task<BulkVerifyPlan> CheckAsync(
        string region, IReadOnlyList<BulkInputLine> input, IIdentityIndex index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        var named = Check(region, input, _ => false);
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in named.Ready.Select(l => l.Normalized!).Chunk(500))
        {
            foreach (var row in await index.GetAsync(region, chunk, cancellationToken).ConfigureAwait(false))
            {
                held.Add(row.Name);
            }
        }

        return Check(region, input, held.Contains);
    }

    /// <summary>The same check over <paramref name="isHeld"/>, which says whether the region holds a normalised name.</summary>
    public static BulkVerifyPlan Check(string region, IReadOnlyList<BulkInputLine> input, Func<string, bool> isHeld)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(isHeld);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = new List<CheckedBulkLine>(input.Count);
        foreach (var line in input)
        {
            if (!IdentityNames.TryNormalize(line.Text, null, out var name, out var failure))
            {
                lines.Add(new CheckedBulkLine(line.LineNumber, line.Text, null, null, BulkLineVerdict.Invalid, failure.Message));
            }
            else if (!seen.Add(name.Value))
            {
                lines.Add(new CheckedBulkLine(
                    line.LineNumber, line.Text, name.Value, name.Kind, BulkLineVerdict.Duplicate, $"{name.Value} is already on an earlier line."));
            }
            else if (isHeld(name.Value))
            {
                lines.Add(new CheckedBulkLine(
                    line.LineNumber, line.Text, name.Value, name.Kind, BulkLineVerdict.AlreadyExists, $"{region} already has {name.Value}."));
            }
            else
            {
                lines.Add(new CheckedBulkLine(line.LineNumber, line.Text, name.Value, name.Kind, BulkLineVerdict.Ready, null));
            }
        }

        return new BulkVerifyPlan(region, lines);
    }
}
