namespace SesConsole.Core.Ses.Operations;

internal static class SetIdentityMailFromDomainOperation
{
    public const string Action = "SetIdentityMailFromDomain";

    /// <remarks>An absent <c>MailFromDomain</c> is how SES is told to remove the custom MAIL FROM domain.</remarks>
    public static SesQuery Write(string identity, string? mailFromDomain, string? behaviorOnMxFailure) =>
        new SesQueryWriter(Action)
            .Add("Identity", identity)
            .Add("MailFromDomain", mailFromDomain)
            .Add("BehaviorOnMXFailure", behaviorOnMxFailure)
            .Build();

    public static SesAcknowledgement Read(SesQueryResult result) => new(result.RequestId);
}
