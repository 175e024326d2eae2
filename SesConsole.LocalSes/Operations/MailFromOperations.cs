using System.Xml.Linq;
using SesConsole.LocalSes.Identities;
using SesConsole.LocalSes.Protocol;
using static SesConsole.LocalSes.Protocol.SesXml;

namespace SesConsole.LocalSes.Operations;

/// <summary>SetIdentityMailFromDomain and GetIdentityMailFromDomainAttributes.</summary>
internal static class MailFromOperations
{
    private const string UseDefaultValue = "UseDefaultValue";
    private const string RejectMessage = "RejectMessage";

    public static async Task<IReadOnlyList<XElement>> SetAsync(OperationContext context, CancellationToken ct)
    {
        var identity = IdentityNames.Key(context.Parameters.Required("Identity"));
        var behavior = context.Parameters.Optional("BehaviorOnMXFailure") ?? UseDefaultValue;
        if (behavior is not (UseDefaultValue or RejectMessage))
        {
            throw new SesErrorException(SesError.InvalidParameterValue(
                $"BehaviorOnMXFailure {behavior} is not valid; use UseDefaultValue or RejectMessage."));
        }

        var record = await context.Identities.GetAsync(context.Region, identity, ct)
            ?? throw new SesErrorException(SesError.InvalidParameterValue($"Identity {identity} does not exist in region {context.Region}."));

        string? mailFrom = null;
        if (context.Parameters.Optional("MailFromDomain") is { Length: > 0 } requested)
        {
            mailFrom = IdentityNames.Domain(requested);
            if (!mailFrom.EndsWith("." + record.OwningDomain, StringComparison.Ordinal))
            {
                throw new SesErrorException(SesError.InvalidParameterValue(
                    $"MAIL FROM domain {mailFrom} must be a subdomain of {record.OwningDomain}."));
            }
        }

        await context.Identities.SetMailFromAsync(context.Region, identity, mailFrom, behavior, context.Now.ToUnixTimeMilliseconds(), ct);
        return [];
    }

    public static async Task<IReadOnlyList<XElement>> GetAttributesAsync(OperationContext context, CancellationToken ct)
    {
        var entries = (await IdentityLists.ReadRecordsAsync(context, ct))
            .Where(i => i.Record is not null)
            .Select(i =>
            {
                var record = i.Record!;
                var value = new List<XElement>();
                if (record.MailFromDomain is not null)
                {
                    value.Add(Element("MailFromDomain", record.MailFromDomain));
                    value.Add(Element("MailFromDomainStatus", record.EffectiveMailFromStatus(context.Now)));
                }

                value.Add(Element("BehaviorOnMXFailure", record.MailFromBehavior));
                return new KeyValuePair<string, object>(i.Asked, value.ToArray());
            });
        return [Map("MailFromDomainAttributes", entries)];
    }
}
