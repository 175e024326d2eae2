using SesConsole.Core.Identities.Names;

namespace SesConsole.Core.Identities;

/// <summary>
/// The rule for a custom MAIL FROM domain, stated once: a valid domain name under the identity's domain (the
/// domain itself, or the domain of an email address identity). The dialog shows the normalised value before sending.
/// </summary>
public static class MailFromDomains
{
    public const string Field = "mailFromDomain";

    /// <summary>The domain the MAIL FROM domain must sit under.</summary>
    public static string ParentOf(IdentityName identity) =>
        identity is EmailIdentityName email ? email.Domain.Value : identity.Value;

    /// <summary>Checks an operator's input; on success <see cref="IdentityNameCheck.Normalized"/> is what SES will get.</summary>
    public static IdentityNameCheck Check(string? input, string parentDomain)
    {
        if (!DomainIdentityName.TryCreate(input, "The MAIL FROM domain", out var candidate, out var error))
        {
            return new IdentityNameCheck(null, error);
        }

        return candidate.Value.EndsWith("." + parentDomain, StringComparison.Ordinal)
            ? new IdentityNameCheck(candidate.Value, null)
            : new IdentityNameCheck(null, $"The MAIL FROM domain must be a subdomain of {parentDomain}, like mail.{parentDomain}.");
    }

    /// <summary>The MX and SPF records to publish for a MAIL FROM domain in a region.</summary>
    public static IReadOnlyList<DnsRecord> Records(string mailFromDomain, string region) => DnsRecords.MailFrom(mailFromDomain, region);
}
