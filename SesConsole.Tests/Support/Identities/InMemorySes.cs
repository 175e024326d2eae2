using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using SesConsole.Core.Ses;

namespace SesConsole.Tests.Support.Identities;

/// <summary>
/// A hand-written model of one region of SES v1's identity API: listing order with MaxItems/NextToken paging,
/// the 100-identity limit of attribute calls, Pending verification, DKIM, MAIL FROM and policies. It counts calls
/// per operation and can hold listing calls at a gate so tests can make callers overlap.
/// </summary>
internal sealed partial class InMemorySes(string region) : ISesClient
{
    private const int AttributeLimit = 100;
    private readonly object gate = new();
    private readonly List<string> order = [];
    private readonly Dictionary<string, Identity> identities = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SesCallException> failNext = new(StringComparer.Ordinal);
    private int requestCounter;
    private int tokenCounter;
    private TaskCompletionSource listGate = OpenGate();
    private TaskCompletionSource listEntered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Region => region;

    public int Calls(string operation) => calls.GetValueOrDefault(operation);

    public int TotalCalls => calls.Values.Sum();

    /// <summary>Adds identities directly, as if created long ago, in SES's listing order.</summary>
    public void Seed(string name, SesVerificationStatus status = SesVerificationStatus.Success)
    {
        lock (gate)
        {
            Add(name, status);
        }
    }

    public void SetStatus(string name, SesVerificationStatus status)
    {
        lock (gate)
        {
            identities[name].Status = status;
        }
    }

    public void SeedPolicy(string name, string policyName, string document)
    {
        lock (gate)
        {
            identities[name].Policies[policyName] = document;
        }
    }

    public bool Exists(string name)
    {
        lock (gate)
        {
            return identities.ContainsKey(name);
        }
    }

    public IReadOnlyDictionary<string, string> PoliciesOf(string name)
    {
        lock (gate)
        {
            return new Dictionary<string, string>(identities[name].Policies, StringComparer.Ordinal);
        }
    }

    /// <summary>The next call of <paramref name="operation"/> throws <paramref name="exception"/> (and is counted).</summary>
    public void FailNext(string operation, SesCallException exception) => failNext[operation] = exception;

    /// <summary>From now on ListIdentities calls wait until <see cref="OpenListGate"/>.</summary>
    public void CloseListGate()
    {
        listGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        listEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void OpenListGate() => listGate.TrySetResult();

    /// <summary>Completes when a ListIdentities call has reached the closed gate.</summary>
    public Task ListCallEntered => listEntered.Task;

    public async Task<ListIdentitiesResponse> ListIdentitiesAsync(ListIdentitiesRequest request, CancellationToken cancellationToken)
    {
        Count(nameof(ListIdentitiesAsync));
        listEntered.TrySetResult();
        await listGate.Task.WaitAsync(cancellationToken);
        var maxItems = request.MaxItems ?? 100;
        if (maxItems is < 1 or > 1000)
        {
            throw Invalid($"MaxItems must be between 1 and 1000, was {maxItems}.");
        }

        lock (gate)
        {
            var start = 0;
            if (request.NextToken is not null)
            {
                if (!request.NextToken.StartsWith("offset-", StringComparison.Ordinal)
                    || !int.TryParse(request.NextToken["offset-".Length..], CultureInfo.InvariantCulture, out start))
                {
                    throw Invalid("Invalid NextToken.");
                }
            }

            var matching = order
                .Where(name => request.IdentityType is null || KindOf(name) == request.IdentityType)
                .ToList();
            var page = matching.Skip(start).Take(maxItems).ToArray();
            var end = start + page.Length;
            var next = end < matching.Count ? $"offset-{end}" : null;
            return new ListIdentitiesResponse(page, next, NextRequestId());
        }
    }

    public Task<GetIdentityVerificationAttributesResponse> GetIdentityVerificationAttributesAsync(
        IReadOnlyList<string> identities, CancellationToken cancellationToken)
    {
        Count(nameof(GetIdentityVerificationAttributesAsync));
        CheckBatch(identities);
        lock (gate)
        {
            var answer = identities
                .Where(this.identities.ContainsKey)
                .Distinct(StringComparer.Ordinal)
                .ToDictionary(
                    name => name,
                    name => new IdentityVerificationAttributes(this.identities[name].Status, this.identities[name].Token),
                    StringComparer.Ordinal);
            return Task.FromResult(new GetIdentityVerificationAttributesResponse(answer, NextRequestId()));
        }
    }

    public Task<SesAcknowledgement> VerifyEmailIdentityAsync(string emailAddress, CancellationToken cancellationToken)
    {
        Count(nameof(VerifyEmailIdentityAsync));
        lock (gate)
        {
            if (identities.TryGetValue(emailAddress, out var existing))
            {
                existing.Status = SesVerificationStatus.Pending;
            }
            else
            {
                Add(emailAddress, SesVerificationStatus.Pending);
            }

            return Task.FromResult(new SesAcknowledgement(NextRequestId()));
        }
    }

    public Task<VerifyDomainIdentityResponse> VerifyDomainIdentityAsync(string domain, CancellationToken cancellationToken)
    {
        Count(nameof(VerifyDomainIdentityAsync));
        lock (gate)
        {
            var identity = identities.TryGetValue(domain, out var existing) ? existing : Add(domain, SesVerificationStatus.Pending);
            identity.Token ??= $"token{++tokenCounter}+Base64/Looking=";
            return Task.FromResult(new VerifyDomainIdentityResponse(identity.Token, NextRequestId()));
        }
    }

    public Task<VerifyDomainDkimResponse> VerifyDomainDkimAsync(string domain, CancellationToken cancellationToken)
    {
        Count(nameof(VerifyDomainDkimAsync));
        lock (gate)
        {
            var identity = identities.TryGetValue(domain, out var existing) ? existing : Add(domain, SesVerificationStatus.Pending);
            if (identity.DkimTokens.Count == 0)
            {
                var n = ++tokenCounter;
                identity.DkimTokens = [$"dkima{n}", $"dkimb{n}", $"dkimc{n}"];
            }

            identity.DkimEnabled = true;
            return Task.FromResult(new VerifyDomainDkimResponse(identity.DkimTokens, NextRequestId()));
        }
    }

    public Task<GetIdentityDkimAttributesResponse> GetIdentityDkimAttributesAsync(
        IReadOnlyList<string> identities, CancellationToken cancellationToken)
    {
        Count(nameof(GetIdentityDkimAttributesAsync));
        CheckBatch(identities);
        lock (gate)
        {
            var answer = identities.Distinct(StringComparer.Ordinal).ToDictionary(
                name => name,
                name => this.identities.TryGetValue(name, out var identity)
                    ? new IdentityDkimAttributes(identity.DkimEnabled, identity.DkimStatus, identity.DkimTokens)
                    : new IdentityDkimAttributes(false, SesVerificationStatus.NotStarted, []),
                StringComparer.Ordinal);
            return Task.FromResult(new GetIdentityDkimAttributesResponse(answer, NextRequestId()));
        }
    }

    public Task<SesAcknowledgement> DeleteIdentityAsync(string identity, CancellationToken cancellationToken)
    {
        Count(nameof(DeleteIdentityAsync));
        lock (gate)
        {
            if (identities.Remove(identity))
            {
                order.Remove(identity);
            }

            return Task.FromResult(new SesAcknowledgement(NextRequestId()));
        }
    }

    public Task<SesAcknowledgement> PutIdentityPolicyAsync(
        string identity, string policyName, string policy, CancellationToken cancellationToken)
    {
        Count(nameof(PutIdentityPolicyAsync));
        lock (gate)
        {
            var target = Existing(identity);
            if (target.Status != SesVerificationStatus.Success)
            {
                throw Invalid($"Identity {identity} is not verified.");
            }

            if (target.Policies.Count >= 20 && !target.Policies.ContainsKey(policyName))
            {
                throw Invalid("Too many policies.");
            }

            target.Policies[policyName] = policy;
            return Task.FromResult(new SesAcknowledgement(NextRequestId()));
        }
    }

    public Task<GetIdentityPoliciesResponse> GetIdentityPoliciesAsync(
        string identity, IReadOnlyList<string> policyNames, CancellationToken cancellationToken)
    {
        Count(nameof(GetIdentityPoliciesAsync));
        if (policyNames.Count > 20)
        {
            throw Invalid("At most 20 policy names.");
        }

        lock (gate)
        {
            var policies = Existing(identity).Policies;
            var answer = policyNames.Where(policies.ContainsKey).ToDictionary(name => name, name => policies[name], StringComparer.Ordinal);
            return Task.FromResult(new GetIdentityPoliciesResponse(answer, NextRequestId()));
        }
    }

    public Task<ListIdentityPoliciesResponse> ListIdentityPoliciesAsync(string identity, CancellationToken cancellationToken)
    {
        Count(nameof(ListIdentityPoliciesAsync));
        lock (gate)
        {
            return Task.FromResult(new ListIdentityPoliciesResponse(Existing(identity).Policies.Keys.ToArray(), NextRequestId()));
        }
    }

    public Task<SesAcknowledgement> DeleteIdentityPolicyAsync(string identity, string policyName, CancellationToken cancellationToken)
    {
        Count(nameof(DeleteIdentityPolicyAsync));
        lock (gate)
        {
            Existing(identity).Policies.Remove(policyName);
            return Task.FromResult(new SesAcknowledgement(NextRequestId()));
        }
    }

    public Task<SesAcknowledgement> SetIdentityMailFromDomainAsync(
        string identity, string? mailFromDomain, string? behaviorOnMxFailure, CancellationToken cancellationToken)
    {
        Count(nameof(SetIdentityMailFromDomainAsync));
        lock (gate)
        {
            var target = Existing(identity);
            target.MailFromDomain = mailFromDomain;
            target.MailFromStatus = SesVerificationStatus.Pending;
            target.BehaviorOnMxFailure = behaviorOnMxFailure ?? "UseDefaultValue";
            return Task.FromResult(new SesAcknowledgement(NextRequestId()));
        }
    }

    public Task<GetIdentityMailFromDomainAttributesResponse> GetIdentityMailFromDomainAttributesAsync(
        IReadOnlyList<string> identities, CancellationToken cancellationToken)
    {
        Count(nameof(GetIdentityMailFromDomainAttributesAsync));
        CheckBatch(identities);
        lock (gate)
        {
            var answer = identities
                .Where(name => this.identities.TryGetValue(name, out var identity) && identity.MailFromDomain is not null)
                .Distinct(StringComparer.Ordinal)
                .ToDictionary(
                    name => name,
                    name =>
                    {
                        var identity = this.identities[name];
                        return new IdentityMailFromDomainAttributes(identity.MailFromDomain!, identity.MailFromStatus, identity.BehaviorOnMxFailure);
                    },
                    StringComparer.Ordinal);
            return Task.FromResult(new GetIdentityMailFromDomainAttributesResponse(answer, NextRequestId()));
        }
    }

    private static SesIdentityType KindOf(string name) =>
        name.Contains('@', StringComparison.Ordinal) ? SesIdentityType.EmailAddress : SesIdentityType.Domain;

    private static SesCallException Invalid(string message) =>
        new("InvalidParameterValue", message, HttpStatusCode.BadRequest, Guid.NewGuid().ToString());

    private static TaskCompletionSource OpenGate()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private static void CheckBatch(IReadOnlyList<string> identities)
    {
        if (identities.Count > AttributeLimit)
        {
            throw Invalid($"At most {AttributeLimit} identities per call, got {identities.Count}.");
        }
    }

    private void Count(string operation)
    {
        var name = operation.EndsWith("Async", StringComparison.Ordinal) ? operation[..^"Async".Length] : operation;
        calls.AddOrUpdate(name, 1, (_, n) => n + 1);
        if (failNext.TryRemove(name, out var exception))
        {
            throw exception;
        }
    }

    private Identity Add(string name, SesVerificationStatus status)
    {
        var identity = new Identity
        {
            Status = status,
            Token = KindOf(name) == SesIdentityType.Domain ? $"token{++tokenCounter}+Base64/Looking=" : null,
        };
        identities.Add(name, identity);
        order.Add(name);
        return identity;
    }

    private Identity Existing(string name) =>
        identities.TryGetValue(name, out var identity) ? identity : throw Invalid($"Identity {name} does not exist.");

    private string NextRequestId() => $"{region}-req-{Interlocked.Increment(ref requestCounter)}";

    private sealed class Identity
    {
        public SesVerificationStatus Status { get; set; }

        public string? Token { get; set; }

        public bool DkimEnabled { get; set; }

        public SesVerificationStatus DkimStatus { get; set; } = SesVerificationStatus.Pending;

        public IReadOnlyList<string> DkimTokens { get; set; } = [];

        public string? MailFromDomain { get; set; }

        public SesVerificationStatus MailFromStatus { get; set; } = SesVerificationStatus.Pending;

        public string BehaviorOnMxFailure { get; set; } = "UseDefaultValue";

        public Dictionary<string, string> Policies { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>One <see cref="InMemorySes"/> per region, created on first use.</summary>
internal sealed class InMemorySesFactory : ISesClientFactory
{
    private readonly ConcurrentDictionary<string, InMemorySes> regions = new(StringComparer.Ordinal);

    public InMemorySes this[string region] => regions.GetOrAdd(region, r => new InMemorySes(r));

    public int TotalCalls => regions.Values.Sum(r => r.TotalCalls);

    public ISesClient ForRegion(string region) => this[region];
}
