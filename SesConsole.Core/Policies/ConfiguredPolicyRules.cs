using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;
using SesConsole.Core.Identities;

namespace SesConsole.Core.Policies;

public sealed class ConfiguredPolicyRules(IOptions<SesOptions> options) : IPolicyRules
{
    private readonly IOptions<SesOptions> _options = options;

    public string? IdentityArn(string region, string identity, string? accountId = null)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(identity);
        var configured = _options.Value.AccountId;
        var account = string.IsNullOrWhiteSpace(configured) ? accountId?.Trim() : configured;
        return account is not null && PrincipalFormat.IsAccountId(account)
            ? Identities.IdentityArn.For(region, account, identity)
            : null;
    }

    public PolicyNameCheck CheckNewPolicyName(IEnumerable<string> existingNames, string? policyName) =>
        PolicyNames.CheckNewPolicyName(existingNames, policyName);

    public Failure? CheckDocument(string region, string identity, string? policyDocument) =>
        PolicyRules.CheckDocument(policyDocument, region, _options.Value.AccountId, identity);
}
