using System.Collections.Concurrent;
using SesConsole.Core.Identities;
using SesConsole.Core.Policies;

namespace SesConsole.Tests.Web.Support;

/// <summary>Policies per identity, settable failures and gates, and a record of the policy calls.</summary>
public sealed partial class FakeIdentityService
{
    /// <summary>Policies per <c>region/identity</c>, in the order SES would list them.</summary>
    public ConcurrentDictionary<string, List<IdentityPolicy>> Policies { get; } = new();

    public Failure? GetPoliciesFailure { get; set; }

    /// <summary>When set, GetPoliciesAsync waits for it: lets a test look at the loading state.</summary>
    public TaskCompletionSource? GetPoliciesGate { get; set; }

    public Failure? PutPolicyFailure { get; set; }

    /// <summary>When set, PutPolicyAsync waits for it: lets a test look at the saving state.</summary>
    public TaskCompletionSource? PutPolicyGate { get; set; }

    public Failure? DeletePolicyFailure { get; set; }

    public ConcurrentQueue<(string Region, string Identity)> GetPoliciesCalls { get; } = new();

    public ConcurrentQueue<(string Region, string Identity, string Name, string Document)> PutPolicyCalls { get; } = new();

    public ConcurrentQueue<(string Region, string Identity, string Name)> DeletePolicyCalls { get; } = new();

    public ConcurrentQueue<(string Region, string Identity, string Name, string Document)> CreatePolicyCalls { get; } = new();

    public void AddPolicy(string region, string identity, string name, string document) =>
        Policies.GetOrAdd($"{region}/{identity}", _ => []).Add(new IdentityPolicy(name, document));

    public async Task<Outcome<IReadOnlyList<IdentityPolicy>>> GetPoliciesAsync(
        string region, string identity, CancellationToken cancellationToken)
    {
        GetPoliciesCalls.Enqueue((region, identity));
        if (GetPoliciesGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (GetPoliciesFailure is { } failure)
        {
            return failure;
        }

        IReadOnlyList<IdentityPolicy> policies = Policies.TryGetValue($"{region}/{identity}", out var list) ? list.ToList() : [];
        return Outcome<IReadOnlyList<IdentityPolicy>>.Success(policies);
    }

    public async Task<Outcome<Done>> PutPolicyAsync(
        string region, string identity, string policyName, string policyDocument, CancellationToken cancellationToken)
    {
        PutPolicyCalls.Enqueue((region, identity, policyName, policyDocument));
        if (PutPolicyGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (PutPolicyFailure is { } failure)
        {
            return failure;
        }

        var list = Policies.GetOrAdd($"{region}/{identity}", _ => []);
        var index = list.FindIndex(p => p.Name == policyName);
        if (index >= 0)
        {
            list[index] = new IdentityPolicy(policyName, policyDocument);
        }
        else
        {
            list.Add(new IdentityPolicy(policyName, policyDocument));
        }

        return new Done("req-put-policy");
    }

    /// <summary>Refuses a name the fake already holds (as the real one does against SES), else puts the policy.</summary>
    public async Task<Outcome<Done>> CreatePolicyAsync(
        string region, string identity, string policyName, string policyDocument, CancellationToken cancellationToken)
    {
        CreatePolicyCalls.Enqueue((region, identity, policyName, policyDocument));
        var existing = Policies.TryGetValue($"{region}/{identity}", out var list) ? list.Select(p => p.Name).ToList() : [];
        if (PolicyNames.CheckNewPolicyName(existing, policyName).Error is { } taken)
        {
            return new Failure(FailureKind.InvalidInput, taken, Field: "policyName");
        }

        return await PutPolicyAsync(region, identity, policyName, policyDocument, cancellationToken);
    }

    public Task<Outcome<Done>> DeletePolicyAsync(string region, string identity, string policyName, CancellationToken cancellationToken)
    {
        DeletePolicyCalls.Enqueue((region, identity, policyName));
        if (DeletePolicyFailure is { } failure)
        {
            return Task.FromResult<Outcome<Done>>(failure);
        }

        Policies.GetValueOrDefault($"{region}/{identity}")?.RemoveAll(p => p.Name == policyName);
        return Task.FromResult<Outcome<Done>>(new Done("req-delete-policy"));
    }
}
