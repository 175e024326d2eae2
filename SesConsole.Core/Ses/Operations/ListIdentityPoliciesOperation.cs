namespace SesConsole.Core.Ses.Operations;

internal static class ListIdentityPoliciesOperation
{
    public const string Action = "ListIdentityPolicies";

    public static SesQuery Write(string identity) => new SesQueryWriter(Action).Add("Identity", identity).Build();

    public static ListIdentityPoliciesResponse Read(SesQueryResult result) =>
        new(SesXml.Members(result.Result, "PolicyNames"), result.RequestId);
}
