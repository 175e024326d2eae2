using System.Globalization;
using System.Text;
using System.Xml.Linq;
using SesConsole.LocalSes.Identities;
using SesConsole.LocalSes.Protocol;
using SesConsole.LocalSes.Storage;
using static SesConsole.LocalSes.Protocol.SesXml;

namespace SesConsole.LocalSes.Operations;

/// <summary>PutIdentityPolicy, GetIdentityPolicies, ListIdentityPolicies, DeleteIdentityPolicy with SES's rules.</summary>
internal static class PolicyOperations
{
    public static async Task<IReadOnlyList<XElement>> PutAsync(OperationContext context, CancellationToken ct)
    {
        var identity = PolicyIdentity(context);
        var name = PolicyName(context.Parameters.Required("PolicyName"));
        var document = context.Parameters.Required("Policy");
        var arn = $"arn:aws:ses:{context.Region}:{context.AccountId}:identity/{identity}";
        PolicyDocumentRules.Validate(document, arn);

        var record = await context.Identities.GetAsync(context.Region, identity, ct)
            ?? throw new SesErrorException(SesError.InvalidParameterValue($"Identity {identity} does not exist in region {context.Region}."));
        if (record.EffectiveStatus(context.Now) != VerificationStatus.Success)
        {
            throw new SesErrorException(SesError.InvalidParameterValue(
                $"Identity {identity} is not verified in region {context.Region}; a policy can only be attached to a verified identity."));
        }

        if (!await context.Policies.PutAsync(context.Region, identity, name, document, ct))
        {
            throw new SesErrorException(SesError.InvalidParameterValue(string.Create(
                CultureInfo.InvariantCulture,
                $"Identity {identity} already has the maximum of {PolicyStore.MaxPoliciesPerIdentity} policies; delete one first.")));
        }

        return [];
    }

    public static async Task<IReadOnlyList<XElement>> GetAsync(OperationContext context, CancellationToken ct)
    {
        var identity = PolicyIdentity(context);
        var names = context.Parameters.RequiredList("PolicyNames");
        if (names.Count > PolicyStore.MaxPoliciesPerIdentity)
        {
            throw new SesErrorException(SesError.InvalidParameterValue(string.Create(
                CultureInfo.InvariantCulture, $"At most {PolicyStore.MaxPoliciesPerIdentity} policy names can be requested at once.")));
        }

        var policies = await context.Policies.GetAsync(context.Region, identity, names.Select(PolicyName).ToList(), ct);
        return [Map("Policies", policies.Select(p => new KeyValuePair<string, object>(p.Key, p.Value)))];
    }

    public static async Task<IReadOnlyList<XElement>> ListAsync(OperationContext context, CancellationToken ct)
    {
        var identity = PolicyIdentity(context);
        return [Members("PolicyNames", await context.Policies.ListNamesAsync(context.Region, identity, ct))];
    }

    public static async Task<IReadOnlyList<XElement>> DeleteAsync(OperationContext context, CancellationToken ct)
    {
        var identity = PolicyIdentity(context);
        var name = PolicyName(context.Parameters.Required("PolicyName"));
        await context.Policies.DeleteAsync(context.Region, identity, name, ct);
        return [];
    }

    /// <summary>
    /// The storage key of the policy operations' <c>Identity</c>, which SES accepts as a name or as an identity ARN
    /// (<c>arn:aws:ses:region:account:identity/name</c>) of this region and account.
    /// </summary>
    private static string PolicyIdentity(OperationContext context)
    {
        var identity = context.Parameters.Required("Identity");
        if (!identity.StartsWith("arn:", StringComparison.Ordinal))
        {
            return IdentityNames.Key(identity);
        }

        var prefix = $"arn:aws:ses:{context.Region}:{context.AccountId}:identity/";
        return identity.StartsWith(prefix, StringComparison.Ordinal) && identity.Length > prefix.Length
            ? IdentityNames.Key(identity[prefix.Length..])
            : throw new SesErrorException(SesError.InvalidParameterValue(
                $"Identity {identity} is not an identity ARN of region {context.Region} and account {context.AccountId} ({prefix}<name>)."));
    }

    private static string PolicyName(string name) =>
        name.Length is >= 1 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? name
            : throw new SesErrorException(SesError.InvalidParameterValue(
                $"Policy name {name} is not valid; use 1 to 64 letters, digits, hyphens or underscores."));
}
