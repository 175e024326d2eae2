using System.Globalization;
using System.Xml.Linq;
using SesConsole.LocalSes.Identities;
using SesConsole.LocalSes.Protocol;
using SesConsole.LocalSes.Storage;
using static SesConsole.LocalSes.Protocol.SesXml;

namespace SesConsole.LocalSes.Operations;

/// <summary>ListIdentities, GetIdentityVerificationAttributes, VerifyEmailIdentity, VerifyDomainIdentity, DeleteIdentity.</summary>
internal static class IdentityOperations
{
    public const int MaxItemsLimit = 1000;

    public static async Task<IReadOnlyList<XElement>> ListIdentitiesAsync(OperationContext context, CancellationToken ct)
    {
        var type = context.Parameters.Optional("IdentityType");
        if (type is not null and not VerificationStatus.EmailAddress and not VerificationStatus.Domain)
        {
            throw new SesErrorException(SesError.InvalidParameterValue($"IdentityType {type} is not valid; use EmailAddress or Domain."));
        }

        var maxItems = MaxItemsLimit;
        if (context.Parameters.Optional("MaxItems") is { } maxText
            && (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out maxItems) || maxItems < 1 || maxItems > MaxItemsLimit))
        {
            throw new SesErrorException(SesError.InvalidParameterValue(
                string.Create(CultureInfo.InvariantCulture, $"MaxItems {maxText} is not valid; it must be a whole number from 1 to {MaxItemsLimit}.")));
        }

        var after = context.Parameters.Optional("NextToken") is { Length: > 0 } token ? NextToken.Decode(token, type) : null;
        var names = await context.Identities.ListNamesAsync(context.Region, type, after, maxItems + 1, ct);
        var page = names.Take(maxItems).ToList();
        var result = new List<XElement> { Members("Identities", page) };
        if (names.Count > maxItems)
        {
            result.Add(Element("NextToken", NextToken.Encode(type, page[^1])));
        }

        return result;
    }

    public static async Task<IReadOnlyList<XElement>> GetVerificationAttributesAsync(OperationContext context, CancellationToken ct)
    {
        var entries = (await IdentityLists.ReadRecordsAsync(context, ct))
            .Where(i => i.Record is not null)
            .Select(i =>
            {
                var record = i.Record!;
                object value = record.IsDomain
                    ? new object[] { Element("VerificationStatus", record.EffectiveStatus(context.Now)), Element("VerificationToken", record.Token) }
                    : Element("VerificationStatus", record.EffectiveStatus(context.Now));
                return new KeyValuePair<string, object>(i.Asked, value);
            });
        return [Map("VerificationAttributes", entries)];
    }

    public static async Task<IReadOnlyList<XElement>> VerifyEmailIdentityAsync(OperationContext context, CancellationToken ct)
    {
        var email = IdentityNames.Email(context.Parameters.Required("EmailAddress"));
        var linkToken = TokenGenerator.EmailLinkToken();
        var link = new Uri(context.BaseAddress, "confirm?token=" + Uri.EscapeDataString(linkToken));
        var mail = VerificationMail.For(email, context.Region, link);
        await context.Identities.StartEmailVerificationAsync(context.Region, email, context.Now.ToUnixTimeMilliseconds(), linkToken, mail, ct);
        return [];
    }

    public static async Task<IReadOnlyList<XElement>> VerifyDomainIdentityAsync(OperationContext context, CancellationToken ct)
    {
        var domain = IdentityNames.Domain(context.Parameters.Required("Domain"));
        var token = await context.Identities.StartDomainVerificationAsync(
            context.Region, domain, context.Now.ToUnixTimeMilliseconds(), TokenGenerator.DomainVerificationToken(), ct);
        return [Element("VerificationToken", token)];
    }

    public static async Task<IReadOnlyList<XElement>> DeleteIdentityAsync(OperationContext context, CancellationToken ct)
    {
        var identity = context.Parameters.Required("Identity");
        if (identity.Length == 0)
        {
            throw new SesErrorException(SesError.InvalidParameterValue("Identity must not be empty."));
        }

        await context.Identities.DeleteAsync(context.Region, IdentityNames.Key(identity), ct);
        return [];
    }
}
