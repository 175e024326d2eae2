namespace SesConsole.Core.Ses.Operations;

internal static class PutIdentityPolicyOperation
{
    public const string Action = "PutIdentityPolicy";

    public static SesQuery Write(string identity, string policyName, string policy) =>
        new SesQueryWriter(Action)
            .Add("Identity", identity)
            .Add("PolicyName", policyName)
            .Add("Policy", policy)
            .Build();

    public static SesAcknowledgement Read(SesQueryResult result) => new(result.RequestId);
}
