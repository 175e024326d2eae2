using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;
using SesConsole.Core.Identities;

namespace SesConsole.Core.Policies;

public sealed class PolicyDrafts(IdentityService identities, IOptions<SesOptions> options) : IPolicyDrafts
{
    public string? IdentityArn(string region, string identity, string? accountId = null)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(identity);
        var account = string.IsNullOrWhiteSpace(options.Value.AccountId) ? accountId?.Trim() : options.Value.AccountId;
        return account is not null && PrincipalFormat.IsAccountId(account)
            ? Identities.IdentityArn.For(region, account, identity)
            : null;
    }

    public PolicyNameCheck CheckNewPolicyName(IEnumerable<string> existingNames, string? policyName) =>
        PolicyNames.CheckNewPolicyName(existingNames, policyName);

    public Failure? CheckDocument(string region, string identity, string? policyDocument) =>
        PolicyRules.CheckDocument(policyDocument, region, options.Value.AccountId, identity);

    public Task<Outcome<Done>> CreatePolicyAsync(
        string region, string identity, string policyName, string policyDocument, CancellationToken cancellationToken) =>
        identities.CreatePolicyAsync(region, identity, policyName, policyDocument, cancellationToken);
}
