using System.Globalization;
using SesConsole.LocalSes.Identities;
using SesConsole.LocalSes.Protocol;
using SesConsole.LocalSes.Storage;

namespace SesConsole.LocalSes.Operations;

/// <summary>The <c>Identities.member.N</c> list of the Get*Attributes calls, with SES's limit of 100 names.</summary>
internal static class IdentityLists
{
    public const int MaxIdentitiesPerCall = 100;

    /// <summary>Pairs of (name as asked, storage key), so answers use the caller's spelling.</summary>
    public static IReadOnlyList<(string Asked, string Key)> Read(QueryParameters parameters)
    {
        var identities = parameters.RequiredList("Identities");
        if (identities.Count > MaxIdentitiesPerCall)
        {
            throw new SesErrorException(SesError.InvalidParameterValue(string.Create(
                CultureInfo.InvariantCulture,
                $"Too many identities: {identities.Count} were sent and at most {MaxIdentitiesPerCall} are allowed per call.")));
        }

        return identities.Select(i => (i, IdentityNames.Key(i))).ToList();
    }

    /// <summary>Reads the list and looks its identities up: one (name as asked, its record or null when there is
    /// none) per distinct name asked, in the order asked.</summary>
    public static async Task<IReadOnlyList<(string Asked, IdentityRecord? Record)>> ReadRecordsAsync(
        OperationContext context, CancellationToken ct)
    {
        var identities = Read(context.Parameters);
        var records = await context.Identities.GetManyAsync(context.Region, identities.Select(i => i.Key).ToList(), ct);
        return identities.DistinctBy(i => i.Asked).Select(i => (i.Asked, records.GetValueOrDefault(i.Key))).ToList();
    }
}
