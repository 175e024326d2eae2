namespace SesConsole.Core.Ses.Operations;

internal static class DeleteIdentityPolicyOperation
{
    public const string Action = "DeleteIdentityPolicy";

    public static SesQuery Write(string identity, string policyName) =>
        new SesQueryWriter(Action).Add("Identity", identity).Add("PolicyName", policyName).Build();

    public static SesAcknowledgement Read(SesQueryResult result) => new(result.RequestId);
}
