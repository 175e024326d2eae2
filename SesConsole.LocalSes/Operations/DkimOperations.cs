using System.Xml.Linq;
using SesConsole.LocalSes.Identities;
using SesConsole.LocalSes.Storage;
using static SesConsole.LocalSes.Protocol.SesXml;

namespace SesConsole.LocalSes.Operations;

/// <summary>VerifyDomainDkim and GetIdentityDkimAttributes.</summary>
internal static class DkimOperations
{
    public static async Task<IReadOnlyList<XElement>> VerifyDomainDkimAsync(OperationContext context, CancellationToken ct)
    {
        var domain = IdentityNames.Domain(context.Parameters.Required("Domain"));
        var tokens = await context.Identities.EnableDkimAsync(
            context.Region, domain, context.Now.ToUnixTimeMilliseconds(), TokenGenerator.DomainVerificationToken(), TokenGenerator.DkimTokens(), ct);
        return [Members("DkimTokens", tokens)];
    }

    public static async Task<IReadOnlyList<XElement>> GetDkimAttributesAsync(OperationContext context, CancellationToken ct)
    {
        var entries = (await IdentityLists.ReadRecordsAsync(context, ct))
            .Select(i => new KeyValuePair<string, object>(i.Asked, Attributes(i.Record, context.Now)));
        return [Map("DkimAttributes", entries)];
    }

    private static object[] Attributes(IdentityRecord? record, DateTimeOffset now)
    {
        if (record is null || record.DkimTokens.Count == 0)
        {
            return [Element("DkimEnabled", "false"), Element("DkimVerificationStatus", VerificationStatus.NotStarted)];
        }

        return
        [
            Element("DkimEnabled", record.DkimEnabled ? "true" : "false"),
            Element("DkimVerificationStatus", record.EffectiveDkimStatus(now)),
            Members("DkimTokens", record.DkimTokens),
        ];
    }
}
