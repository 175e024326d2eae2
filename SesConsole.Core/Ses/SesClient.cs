using Microsoft.Extensions.Logging;
using SesConsole.Core.Ses.Operations;
using SesConsole.Core.Ses.Permissions;
using SesConsole.Core.Ses.Transport;

namespace SesConsole.Core.Ses;

/// <summary>
/// <see cref="ISesClient"/> for one region: checks arguments cheaply, writes each operation's parameters,
/// sends exactly one query through the transport (which retries and paces) on the region's one call path
/// (<see cref="SesCallRunner"/>: time limit, permission ledger, error mapping, logging) and reads the answer.
/// </summary>
internal sealed partial class SesClient : ISesClient
{
    private readonly ISesQueryTransport _transport;
    private readonly SesCallRunner _runner;

    public SesClient(ISesQueryTransport transport, ILogger<SesClient> logger, SesPermissionLedger permissions, TimeSpan totalTimeout)
    {
        _transport = transport;
        _runner = new SesCallRunner(logger, "SES", transport.Region, permissions, totalTimeout);
    }

    public string Region => _transport.Region;

    public Task<ListIdentitiesResponse> ListIdentitiesAsync(ListIdentitiesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.MaxItems is < 1 or > SesLimits.ListPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.MaxItems, $"MaxItems must be between 1 and {SesLimits.ListPageSize}.");
        }

        return CallAsync(ListIdentitiesOperation.Write(request), ListIdentitiesOperation.Read, cancellationToken);
    }

    public Task<GetIdentityVerificationAttributesResponse> GetIdentityVerificationAttributesAsync(
        IReadOnlyList<string> identities, CancellationToken cancellationToken)
    {
        RequireIdentityBatch(identities);
        return CallAsync(
            GetIdentityVerificationAttributesOperation.Write(identities),
            GetIdentityVerificationAttributesOperation.Read,
            cancellationToken);
    }

    public Task<SesAcknowledgement> VerifyEmailIdentityAsync(string emailAddress, CancellationToken cancellationToken)
    {
        RequireValue(emailAddress, nameof(emailAddress), "an email address");
        return CallAsync(VerifyEmailIdentityOperation.Write(emailAddress), VerifyEmailIdentityOperation.Read, cancellationToken);
    }

    public Task<VerifyDomainIdentityResponse> VerifyDomainIdentityAsync(string domain, CancellationToken cancellationToken)
    {
        RequireValue(domain, nameof(domain), "a domain");
        return CallAsync(VerifyDomainIdentityOperation.Write(domain), VerifyDomainIdentityOperation.Read, cancellationToken);
    }

    public Task<VerifyDomainDkimResponse> VerifyDomainDkimAsync(string domain, CancellationToken cancellationToken)
    {
        RequireValue(domain, nameof(domain), "a domain");
        return CallAsync(VerifyDomainDkimOperation.Write(domain), VerifyDomainDkimOperation.Read, cancellationToken);
    }

    public Task<GetIdentityDkimAttributesResponse> GetIdentityDkimAttributesAsync(
        IReadOnlyList<string> identities, CancellationToken cancellationToken)
    {
        RequireIdentityBatch(identities);
        return CallAsync(
            GetIdentityDkimAttributesOperation.Write(identities), GetIdentityDkimAttributesOperation.Read, cancellationToken);
    }

    public Task<SesAcknowledgement> DeleteIdentityAsync(string identity, CancellationToken cancellationToken)
    {
        RequireValue(identity, nameof(identity), "an identity");
        return CallAsync(DeleteIdentityOperation.Write(identity), DeleteIdentityOperation.Read, cancellationToken);
    }

    public Task<SesAcknowledgement> PutIdentityPolicyAsync(
        string identity, string policyName, string policy, CancellationToken cancellationToken)
    {
        RequireValue(identity, nameof(identity), "an identity");
        RequireValue(policyName, nameof(policyName), "a policy name");
        RequireValue(policy, nameof(policy), "a policy document");
        return CallAsync(
            PutIdentityPolicyOperation.Write(identity, policyName, policy), PutIdentityPolicyOperation.Read, cancellationToken);
    }

    public Task<GetIdentityPoliciesResponse> GetIdentityPoliciesAsync(
        string identity, IReadOnlyList<string> policyNames, CancellationToken cancellationToken)
    {
        RequireValue(identity, nameof(identity), "an identity");
        ArgumentNullException.ThrowIfNull(policyNames);
        if (policyNames.Count > SesLimits.MaxPoliciesPerIdentity)
        {
            throw new ArgumentException($"Ask for at most {SesLimits.MaxPoliciesPerIdentity} policies in one call.", nameof(policyNames));
        }

        foreach (var name in policyNames)
        {
            RequireValue(name, nameof(policyNames), "a policy name in every position");
        }

        return CallAsync(
            GetIdentityPoliciesOperation.Write(identity, policyNames), GetIdentityPoliciesOperation.Read, cancellationToken);
    }

    public Task<ListIdentityPoliciesResponse> ListIdentityPoliciesAsync(string identity, CancellationToken cancellationToken)
    {
        RequireValue(identity, nameof(identity), "an identity");
        return CallAsync(ListIdentityPoliciesOperation.Write(identity), ListIdentityPoliciesOperation.Read, cancellationToken);
    }

    public Task<SesAcknowledgement> DeleteIdentityPolicyAsync(
        string identity, string policyName, CancellationToken cancellationToken)
    {
        RequireValue(identity, nameof(identity), "an identity");
        RequireValue(policyName, nameof(policyName), "a policy name");
        return CallAsync(
            DeleteIdentityPolicyOperation.Write(identity, policyName), DeleteIdentityPolicyOperation.Read, cancellationToken);
    }

    public Task<SesAcknowledgement> SetIdentityMailFromDomainAsync(
        string identity, string? mailFromDomain, string? behaviorOnMxFailure, CancellationToken cancellationToken)
    {
        RequireValue(identity, nameof(identity), "an identity");
        if (mailFromDomain is not null && string.IsNullOrWhiteSpace(mailFromDomain))
        {
            throw new ArgumentException("Give a MAIL FROM domain, or null to remove it.", nameof(mailFromDomain));
        }

        if (behaviorOnMxFailure is not (null or "UseDefaultValue" or "RejectMessage"))
        {
            throw new ArgumentException(
                $"BehaviorOnMXFailure must be UseDefaultValue or RejectMessage, not '{behaviorOnMxFailure}'.", nameof(behaviorOnMxFailure));
        }

        return CallAsync(
            SetIdentityMailFromDomainOperation.Write(identity, mailFromDomain, behaviorOnMxFailure),
            SetIdentityMailFromDomainOperation.Read,
            cancellationToken);
    }

    public Task<GetIdentityMailFromDomainAttributesResponse> GetIdentityMailFromDomainAttributesAsync(
        IReadOnlyList<string> identities, CancellationToken cancellationToken)
    {
        RequireIdentityBatch(identities);
        return CallAsync(
            GetIdentityMailFromDomainAttributesOperation.Write(identities),
            GetIdentityMailFromDomainAttributesOperation.Read,
            cancellationToken);
    }

    private Task<TResponse> CallAsync<TResponse>(
        SesQuery query, Func<SesQueryResult, TResponse> read, CancellationToken cancellationToken) =>
        _runner.RunAsync(query.Action, token => _transport.SendAsync(query, token), r => r.RequestId, read, cancellationToken);

    private static void RequireValue(string value, string parameterName, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"Give {what}; it must not be empty.", parameterName);
        }
    }

    private static void RequireIdentityBatch(IReadOnlyList<string> identities)
    {
        ArgumentNullException.ThrowIfNull(identities);
        if (identities.Count is 0 or > SesLimits.AttributeBatchSize)
        {
            throw new ArgumentException(
                $"Give between 1 and {SesLimits.AttributeBatchSize} identities per call, not {identities.Count}.", nameof(identities));
        }

        foreach (var identity in identities)
        {
            RequireValue(identity, nameof(identities), "an identity in every position");
        }
    }
}
