namespace SesConsole.Core.Ses;

/// <summary>
/// The SES v1 identity operations for one region, exactly as the wire model defines them.
/// Service errors surface as <see cref="SesCallException"/>, after the SDK's own retries.
/// </summary>
public interface ISesClient
{
    string Region { get; }

    Task<ListIdentitiesResponse> ListIdentitiesAsync(ListIdentitiesRequest request, CancellationToken cancellationToken);

    Task<GetIdentityVerificationAttributesResponse> GetIdentityVerificationAttributesAsync(
        IReadOnlyList<string> identities, CancellationToken cancellationToken);

    Task<SesAcknowledgement> VerifyEmailIdentityAsync(string emailAddress, CancellationToken cancellationToken);

    Task<VerifyDomainIdentityResponse> VerifyDomainIdentityAsync(string domain, CancellationToken cancellationToken);

    Task<VerifyDomainDkimResponse> VerifyDomainDkimAsync(string domain, CancellationToken cancellationToken);

    Task<GetIdentityDkimAttributesResponse> GetIdentityDkimAttributesAsync(
        IReadOnlyList<string> identities, CancellationToken cancellationToken);

    Task<SesAcknowledgement> DeleteIdentityAsync(string identity, CancellationToken cancellationToken);

    Task<SesAcknowledgement> PutIdentityPolicyAsync(
        string identity, string policyName, string policy, CancellationToken cancellationToken);

    Task<GetIdentityPoliciesResponse> GetIdentityPoliciesAsync(
        string identity, IReadOnlyList<string> policyNames, CancellationToken cancellationToken);

    Task<ListIdentityPoliciesResponse> ListIdentityPoliciesAsync(string identity, CancellationToken cancellationToken);

    Task<SesAcknowledgement> DeleteIdentityPolicyAsync(
        string identity, string policyName, CancellationToken cancellationToken);

    /// <param name="mailFromDomain">Null removes the custom MAIL FROM domain.</param>
    /// <param name="behaviorOnMxFailure">"UseDefaultValue" or "RejectMessage"; null leaves SES's default.</param>
    Task<SesAcknowledgement> SetIdentityMailFromDomainAsync(
        string identity, string? mailFromDomain, string? behaviorOnMxFailure, CancellationToken cancellationToken);

    Task<GetIdentityMailFromDomainAttributesResponse> GetIdentityMailFromDomainAttributesAsync(
        IReadOnlyList<string> identities, CancellationToken cancellationToken);

    Task<GetIdentityNotificationAttributesResponse> GetIdentityNotificationAttributesAsync(
        IReadOnlyList<string> identities, CancellationToken cancellationToken);

    /// <param name="snsTopic">The SNS topic ARN; null stops SES publishing this notification type.</param>
    Task<SesAcknowledgement> SetIdentityNotificationTopicAsync(
        string identity, SesNotificationType notificationType, string? snsTopic, CancellationToken cancellationToken);

    Task<SesAcknowledgement> SetIdentityFeedbackForwardingEnabledAsync(
        string identity, bool forwardingEnabled, CancellationToken cancellationToken);

    Task<SesAcknowledgement> SetIdentityHeadersInNotificationsEnabledAsync(
        string identity, SesNotificationType notificationType, bool enabled, CancellationToken cancellationToken);

    Task<SendEmailResponse> SendEmailAsync(SendEmailRequest request, CancellationToken cancellationToken);

    Task<GetSendQuotaResponse> GetSendQuotaAsync(CancellationToken cancellationToken);

    Task<GetAccountSendingEnabledResponse> GetAccountSendingEnabledAsync(CancellationToken cancellationToken);
}

/// <summary>One <see cref="ISesClient"/> per region, configured from the <c>Ses</c> section.</summary>
public interface ISesClientFactory
{
    ISesClient ForRegion(string region);
}
