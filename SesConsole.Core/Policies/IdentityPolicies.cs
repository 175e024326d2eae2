using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;
using SesConsole.Core.Identities;
using SesConsole.Core.Identities.Names;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Policies;

/// <summary>The policies of identities for one operator's session (scoped); changes open through the
/// <see cref="ChangeGate"/>.</summary>
public sealed class IdentityPolicies(
    ChangeGate gate,
    ISesClientFactory clients,
    RegionDirectory regions,
    IOptions<SesOptions> sesOptions,
    ILogger<IdentityPolicies> logger) : IIdentityPolicies
{
    private readonly ChangeGate _gate = gate;
    private readonly ISesClientFactory _clients = clients;
    private readonly RegionDirectory _regions = regions;
    private readonly SesOptions _sesOptions = sesOptions.Value;
    private readonly ILogger<IdentityPolicies> _logger = logger;

    public async Task<Outcome<IReadOnlyList<IdentityPolicy>>> GetPoliciesAsync(
        string region, string identity, CancellationToken cancellationToken)
    {
        if (!SesReads.TryTarget(_regions, region, identity, out var resolved, out var name, out var failure))
        {
            return failure;
        }

        return await SesReads.RunAsync(_logger, "GetIdentityPolicies", resolved, async () =>
        {
            var client = _clients.ForRegion(resolved);
            var listed = await client.ListIdentityPoliciesAsync(name.Value, cancellationToken).ConfigureAwait(false);
            if (listed.PolicyNames.Count == 0)
            {
                return Outcome<IReadOnlyList<IdentityPolicy>>.Success([]);
            }

            var documents = await client.GetIdentityPoliciesAsync(name.Value, listed.PolicyNames, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<IdentityPolicy> policies = listed.PolicyNames
                .Where(documents.Policies.ContainsKey)
                .Select(policyName => new IdentityPolicy(policyName, documents.Policies[policyName]))
                .ToArray();
            return Outcome<IReadOnlyList<IdentityPolicy>>.Success(policies);
        }).ConfigureAwait(false);
    }

    public Task<Outcome<Done>> PutPolicyAsync(
        string region, string identity, string policyName, string policyDocument, CancellationToken cancellationToken) =>
        PutPolicyAsync(region, identity, policyName, policyDocument, mustBeNew: false, cancellationToken);

    public Task<Outcome<Done>> CreatePolicyAsync(
        string region, string identity, string policyName, string policyDocument, CancellationToken cancellationToken) =>
        PutPolicyAsync(region, identity, policyName, policyDocument, mustBeNew: true, cancellationToken);

    private Task<Outcome<Done>> PutPolicyAsync(
        string region, string identity, string policyName, string policyDocument, bool mustBeNew, CancellationToken cancellationToken) =>
        _gate.ChangeAsync<Done>(AuditActions.PutPolicy, region, identity, null, async (attempt, name) =>
        {
            var ruleFailure = PolicyRules.CheckName(policyName)
                ?? PolicyRules.CheckDocument(policyDocument, attempt.Region, _sesOptions.AccountId, name.Value);
            if (ruleFailure is not null)
            {
                return await attempt.RefuseAsync(ruleFailure, cancellationToken).ConfigureAwait(false);
            }

            var client = _clients.ForRegion(attempt.Region);
            return await attempt.RunAsync<Done>(
                async () =>
                {
                    var stateFailure = await CheckPolicyCanBeAttachedAsync(client, name.Value, policyName, mustBeNew, cancellationToken)
                        .ConfigureAwait(false);
                    if (stateFailure is not null)
                    {
                        return stateFailure;
                    }

                    var ack = await client.PutIdentityPolicyAsync(name.Value, policyName, policyDocument, cancellationToken)
                        .ConfigureAwait(false);
                    return new Done(ack.RequestId);
                },
                done => done.RequestId,
                $"Policy {policyName} saved.",
                cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<Outcome<Done>> DeletePolicyAsync(
        string region, string identity, string policyName, CancellationToken cancellationToken) =>
        _gate.ChangeAsync<Done>(AuditActions.DeletePolicy, region, identity, null, async (attempt, name) =>
        {
            if (PolicyRules.CheckName(policyName) is { } nameFailure)
            {
                return await attempt.RefuseAsync(nameFailure, cancellationToken).ConfigureAwait(false);
            }

            var client = _clients.ForRegion(attempt.Region);
            return await attempt.RunAsync<Done>(
                async () =>
                {
                    var ack = await client.DeleteIdentityPolicyAsync(name.Value, policyName, cancellationToken).ConfigureAwait(false);
                    return new Done(ack.RequestId);
                },
                done => done.RequestId,
                $"Policy {policyName} deleted.",
                cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>SES attaches policies only to verified identities, at most 20 each; a new policy needs an unused name.</summary>
    private static async Task<Failure?> CheckPolicyCanBeAttachedAsync(
        ISesClient client, string identity, string policyName, bool mustBeNew, CancellationToken cancellationToken)
    {
        var verification = await client.GetIdentityVerificationAttributesAsync([identity], cancellationToken).ConfigureAwait(false);
        if (!verification.VerificationAttributes.TryGetValue(identity, out var attributes))
        {
            return new Failure(FailureKind.NotFound, $"SES has no identity {identity} in this region.", Field: "identity");
        }

        if (attributes.VerificationStatus != SesVerificationStatus.Success)
        {
            return Invalid(
                $"Policies can be attached only to a verified identity, and {identity} is {attributes.VerificationStatus}; finish its verification first.",
                "identity");
        }

        var existing = await client.ListIdentityPoliciesAsync(identity, cancellationToken).ConfigureAwait(false);
        if (mustBeNew && PolicyNames.CheckNewPolicyName(existing.PolicyNames, policyName).Error is { } taken)
        {
            return Invalid(taken, "policyName");
        }

        if (existing.PolicyNames.Count >= SesLimits.MaxPoliciesPerIdentity
            && !existing.PolicyNames.Contains(policyName, StringComparer.Ordinal))
        {
            return Invalid(
                $"{identity} already has {existing.PolicyNames.Count} policies, the most SES allows; delete one or replace an existing policy.",
                "policyName");
        }

        return null;
    }

    private static Failure Invalid(string message, string field) => new(FailureKind.InvalidInput, message, Field: field);
}
