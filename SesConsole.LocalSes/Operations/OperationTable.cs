namespace SesConsole.LocalSes.Operations;

/// <summary>The SES actions LocalSes serves, by their wire name.</summary>
internal static class OperationTable
{
    public static readonly IReadOnlyDictionary<string, OperationHandler> Handlers = new Dictionary<string, OperationHandler>(StringComparer.Ordinal)
    {
        ["ListIdentities"] = IdentityOperations.ListIdentitiesAsync,
        ["GetIdentityVerificationAttributes"] = IdentityOperations.GetVerificationAttributesAsync,
        ["VerifyEmailIdentity"] = IdentityOperations.VerifyEmailIdentityAsync,
        ["VerifyDomainIdentity"] = IdentityOperations.VerifyDomainIdentityAsync,
        ["DeleteIdentity"] = IdentityOperations.DeleteIdentityAsync,
        ["VerifyDomainDkim"] = DkimOperations.VerifyDomainDkimAsync,
        ["GetIdentityDkimAttributes"] = DkimOperations.GetDkimAttributesAsync,
        ["PutIdentityPolicy"] = PolicyOperations.PutAsync,
        ["GetIdentityPolicies"] = PolicyOperations.GetAsync,
        ["ListIdentityPolicies"] = PolicyOperations.ListAsync,
        ["DeleteIdentityPolicy"] = PolicyOperations.DeleteAsync,
        ["SetIdentityMailFromDomain"] = MailFromOperations.SetAsync,
        ["GetIdentityMailFromDomainAttributes"] = MailFromOperations.GetAttributesAsync,
        ["GetIdentityNotificationAttributes"] = NotificationOperations.GetAttributesAsync,
        ["SetIdentityNotificationTopic"] = NotificationOperations.SetTopicAsync,
        ["SetIdentityFeedbackForwardingEnabled"] = NotificationOperations.SetForwardingAsync,
        ["SetIdentityHeadersInNotificationsEnabled"] = NotificationOperations.SetHeadersAsync,
        ["SendEmail"] = SendingOperations.SendEmailAsync,
        ["GetSendQuota"] = SendingOperations.GetSendQuotaAsync,
        ["GetAccountSendingEnabled"] = SendingOperations.GetAccountSendingEnabledAsync,
    };
}
