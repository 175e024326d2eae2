using System.Collections.Concurrent;
using SesConsole.Core.Identities;
using SesConsole.Core.Policies;
using SesConsole.Tests.Support.Web;

namespace SesConsole.Tests.Component.Web.Policies.Support;

/// <summary>
/// <see cref="IPolicyDrafts"/> over the fake identity service: the real ARN, name and document rules from Core, and a
/// create that refuses a name the fake already holds (as the real one does against SES).
/// </summary>
public sealed class FakePolicyDrafts(FakeIdentityService identities) : IPolicyDrafts
{
    /// <summary>The configured <c>Ses:AccountId</c>; null to make the dialog ask for it.</summary>
    public string? ConfiguredAccountId { get; set; } = "123456789012";

    public ConcurrentQueue<(string Region, string Identity, string Name, string Document)> CreateCalls { get; } = new();

    public string? IdentityArn(string region, string identity, string? accountId = null)
    {
        var account = ConfiguredAccountId ?? accountId?.Trim();
        return account is { Length: 12 } && account.All(char.IsAsciiDigit)
            ? SesConsole.Core.Identities.IdentityArn.For(region, account, identity)
            : null;
    }

    public PolicyNameCheck CheckNewPolicyName(IEnumerable<string> existingNames, string? policyName) =>
        PolicyNames.CheckNewPolicyName(existingNames, policyName);

    public Failure? CheckDocument(string region, string identity, string? policyDocument) =>
        PolicyRules.CheckDocument(policyDocument, region, ConfiguredAccountId, identity);

    public async Task<Outcome<Done>> CreatePolicyAsync(
        string region, string identity, string policyName, string policyDocument, CancellationToken cancellationToken)
    {
        CreateCalls.Enqueue((region, identity, policyName, policyDocument));
        var existing = identities.Policies.TryGetValue($"{region}/{identity}", out var list) ? list.Select(p => p.Name).ToList() : [];
        if (PolicyNames.CheckNewPolicyName(existing, policyName).Error is { } taken)
        {
            return new Failure(FailureKind.InvalidInput, taken, Field: "policyName");
        }

        return await identities.PutPolicyAsync(region, identity, policyName, policyDocument, cancellationToken);
    }
}
